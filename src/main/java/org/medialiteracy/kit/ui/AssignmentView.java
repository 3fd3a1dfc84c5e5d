package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AttemptProblem;
import org.medialiteracy.kit.classroom.StudentWorkService;
import org.medialiteracy.kit.ui.player.LessonPlayer;
import org.medialiteracy.kit.ui.player.PlayerMode;
import org.springframework.security.access.AccessDeniedException;

/** A student's assignment: resumes the attempt where it was left, saves each answer as it is given. */
@Route("student/assignments/:assignmentId")
@PageTitle("Assignment | Media-literacy kit")
@RolesAllowed("STUDENT")
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver {

    private final StudentWorkService work;
    private final String student;

    public AssignmentView(StudentWorkService work, AuthenticationContext authentication) {
        this.work = work;
        this.student = authentication.getPrincipalName().orElseThrow();
        addClassName("kit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long assignmentId = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            StudentWorkService.Work opened = work.open(student, assignmentId);
            long attemptId = opened.attempt().attemptId();
            PlayerMode mode = opened.attempt().mode() == AssignmentMode.PRACTICE ? PlayerMode.PRACTICE : PlayerMode.ASSESSMENT;
            Paragraph attemptNote = new Paragraph("Attempt " + opened.attempt().number() + " of "
                    + opened.attempt().attemptsAllowed() + (opened.attempt().late() ? " (submitted late)" : ""));
            add(new Anchor("student", "← Back to my work"), attemptNote, new LessonPlayer(opened.lesson(), mode, opened.answers(),
                    (exerciseId, item, response) -> work.answer(student, attemptId, exerciseId, item, response),
                    opened.attempt().submitted(), () -> work.submit(student, attemptId, opened.lesson())));
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new H2("Assignment not found"), new Paragraph("This assignment does not exist or is not for you."),
                    new Anchor("student", "Back to my work"));
        } catch (AttemptProblem problem) {
            add(new H2("This assignment cannot be opened"), new Paragraph(problem.getMessage()),
                    new Anchor("student", "Back to my work"));
        }
    }
}
