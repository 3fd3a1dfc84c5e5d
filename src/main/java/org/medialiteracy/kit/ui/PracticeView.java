package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.ui.player.AnswerSink;
import org.medialiteracy.kit.ui.player.LessonPlayer;
import org.medialiteracy.kit.ui.player.PlayerMode;

/** Any shipped lesson in practice mode, for anyone, without an account; nothing is saved. */
@Route("practice/:lessonId")
@PageTitle("Practice | Media-literacy kit")
@AnonymousAllowed
public class PracticeView extends VerticalLayout implements BeforeEnterObserver {

    private final LessonLibrary lessons;
    private final AssignmentService assignments;
    private final AuthenticationContext authentication;

    public PracticeView(LessonLibrary lessons, AssignmentService assignments, AuthenticationContext authentication) {
        this.lessons = lessons;
        this.assignments = assignments;
        this.authentication = authentication;
        addClassName("kit-page");
    }

    /** Teachers may always try a lesson; others not while a class has it as a test, since practice shows the key. */
    private boolean heldBack(Lesson lesson) {
        return !authentication.hasRole("TEACHER") && assignments.lessonsUnderTest().contains(lesson.id().value());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Lesson> lesson = lessons.find(event.getRouteParameters().get("lessonId"));
        if (lesson.isEmpty()) {
            add(new H2("Lesson not found"), new Paragraph("There is no lesson at this address."), new Anchor("", "Back to the start page"));
            return;
        }
        if (heldBack(lesson.get())) {
            add(new H2(lesson.get().title()), new Paragraph("A class is taking this lesson as a test right now, so it "
                    + "cannot be practised until the test is over."), new Anchor("", "Back to the start page"));
            return;
        }
        AnswerSheet answers = new AnswerSheet();
        Paragraph note = new Paragraph("You are practising without an account: nothing is saved.");
        note.addClassName("kit-lead");
        add(note, new LessonPlayer(lesson.get(), PlayerMode.PRACTICE, answers, AnswerSink.NOWHERE, false,
                () -> answers.score(lesson.get())));
    }
}
