package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentAssignment;
import org.medialiteracy.kit.classroom.StudentWorkService;

/** A student's assignments with their status, and their classes; joining another class takes its code. */
@Route("student")
@PageTitle("My work | Media-literacy kit")
@RolesAllowed("STUDENT")
public class StudentHomeView extends VerticalLayout {

    final Grid<StudentAssignment> assignments = new Grid<>(StudentAssignment.class, false);
    final UnorderedList classList = new UnorderedList();
    final TextField code = new TextField("Class code");
    final Button join = new Button("Join");
    final Paragraph message = new Paragraph();
    private final ClassroomService classrooms;
    private final StudentWorkService work;
    private final String student;
    private Map<Long, ScoredAttempt> best = Map.of();

    public StudentHomeView(ClassroomService classrooms, StudentWorkService work, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.work = work;
        this.student = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        assignments.setId("assignments");
        assignments.setAriaLabel("Your assignments");
        assignments.addComponentColumn(a -> new RouterLink(a.title(), AssignmentView.class,
                new RouteParameters("assignmentId", String.valueOf(a.id())))).setHeader("Assignment").setWidth("12rem").setFlexGrow(3);
        assignments.addColumn(a -> a.dueAt() == null ? "No due date" : Dates.format(a.dueAt())).setHeader("Due");
        assignments.addColumn(a -> a.status().words()).setHeader("Status");
        assignments.addColumn(a -> a.attemptsUsed() + " of " + a.attemptsAllowed()).setHeader("Attempts");
        assignments.addColumn(a -> Optional.ofNullable(best.get(a.id()))
                .map(s -> s.pointsEarned() + " of " + s.pointsPossible() + " (" + Math.round(s.percent()) + "%)")
                .orElse("–")).setHeader("Best score");
        Grids.listing(assignments);
        assignments.setEmptyStateText("No assignments yet.");
        classList.setId("student-classes");
        code.setId("join-code");
        join.setId("join-submit");
        classList.getElement().setAttribute("aria-label", "Your classes");
        join.addClickShortcut(Key.ENTER);
        join.addClickListener(e -> joinClass());
        message.getElement().setAttribute("role", "alert");
        HorizontalLayout joinForm = new HorizontalLayout(code, join);
        joinForm.setAlignItems(Alignment.BASELINE);
        add(new H2("My assignments"), assignments, new H2("My classes"), classList, new H2("Join another class"),
                joinForm, message);
        refresh();
    }

    private void joinClass() {
        try {
            classrooms.join(student, code.getValue());
            code.clear();
            message.setText("");
            refresh();
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }

    private void refresh() {
        best = work.bestScores(student);
        assignments.setItems(work.assignments(student));
        classList.removeAll();
        classrooms.classNamesOfStudent(student).forEach(name -> classList.add(new ListItem(name)));
    }
}
