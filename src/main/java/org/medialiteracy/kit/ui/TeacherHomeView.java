package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.medialiteracy.kit.classroom.AccountProblem;
import org.medialiteracy.kit.classroom.ClassSummary;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.TeacherAssignment;
import org.medialiteracy.kit.lesson.LessonLibrary;

/** A teacher's classes with their join codes, and a quick way to start a new one. */
@Route("teacher")
@PageTitle("My classes | Media-literacy kit")
@RolesAllowed("TEACHER")
public class TeacherHomeView extends VerticalLayout {

    final Grid<ClassSummary> classes = new Grid<>(ClassSummary.class, false);
    final TextField newClassName = new TextField("New class name");
    final Button createClass = new Button("Create class");
    final Paragraph message = new Paragraph();
    final Grid<TeacherAssignment> assignments = new Grid<>(TeacherAssignment.class, false);
    final Paragraph assignMessage = new Paragraph();
    private AssignForm assignForm;
    private final ClassroomService classrooms;
    private final AssignmentService assignmentService;
    private final LessonLibrary lessons;
    private final String teacher;

    public TeacherHomeView(ClassroomService classrooms, AssignmentService assignmentService, LessonLibrary lessons,
                           AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.assignmentService = assignmentService;
        this.lessons = lessons;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
        classes.setId("class-grid");
        newClassName.setId("new-class-name");
        createClass.setId("create-class");
        classes.addComponentColumn(c -> new RouterLink(c.name(), ClassView.class, new RouteParameters("classId", String.valueOf(c.id()))))
                .setHeader("Class").setWidth("12rem").setFlexGrow(2);
        classes.addColumn(ClassSummary::joinCode).setHeader("Join code");
        classes.addColumn(ClassSummary::studentCount).setHeader("Students");
        Grids.listing(classes);
        classes.setAriaLabel("Your classes");
        createClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createClass.addClickShortcut(Key.ENTER);
        createClass.addClickListener(e -> create());
        message.getElement().setAttribute("role", "alert");
        HorizontalLayout form = new HorizontalLayout(newClassName, createClass);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2("My classes"), new Paragraph("Give students the join code: they open the kit, choose "
                + "\"Join a class\" and type it."), classes, form, message);
        assignments.setId("assignment-grid");
        assignments.setAriaLabel("Your assignments");
        assignments.addComponentColumn(a -> new RouterLink(a.title(), DashboardView.class,
                new RouteParameters("assignmentId", String.valueOf(a.id())))).setHeader("Assignment").setWidth("12rem").setFlexGrow(3);
        assignments.addColumn(a -> String.join(", ", a.classNames())).setHeader("Classes");
        assignments.addColumn(a -> a.mode().name().charAt(0) + a.mode().name().substring(1).toLowerCase()).setHeader("Mode");
        assignments.addColumn(a -> a.dueAt() == null ? "No due date" : Dates.format(a.dueAt())).setHeader("Due");
        Grids.listing(assignments);
        assignments.setEmptyStateText("Nothing assigned yet.");
        assignMessage.setId("assign-message");
        assignMessage.getElement().setAttribute("role", "alert");
        assignForm = new AssignForm(lessons.lessons());
        listenTo(assignForm);
        add(new H2("Assignments"), assignments, new H2("Assign a lesson"), assignForm, assignMessage);
        refresh();
    }

    private void listenTo(AssignForm assignForm) {
        assignForm.addAssignListener(event -> {
            try {
                assignmentService.assign(teacher, event.getSource().request());
                assignMessage.setText("Assigned.");
                refresh();
            } catch (AccountProblem problem) {
                assignMessage.setText(problem.getMessage());
            }
        });
    }

    private void create() {
        try {
            classrooms.createClass(teacher, newClassName.getValue());
            newClassName.clear();
            message.setText("");
            refresh();
        } catch (AccountProblem problem) {
            message.setText(problem.getMessage());
        }
    }

    private void refresh() {
        List<ClassSummary> mine = classrooms.classesOfTeacher(teacher);
        classes.setItems(mine);
        assignForm.setClasses(mine);
        assignments.setItems(assignmentService.assignmentsOfTeacher(teacher));
    }
}
