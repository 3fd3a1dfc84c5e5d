package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import java.util.Set;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.ui.player.LabelWords;

/** The public start page: what the kit teaches, and the way in for teachers and students. */
@Route("")
@PageTitle("Media-literacy kit")
@AnonymousAllowed
public class LandingView extends VerticalLayout implements BeforeEnterObserver {

    private static final Map<Label, String> ONE_LINE_TESTS = Map.of(
            Label.REPORTED_FACT, "Something you could check: an event, a number, a date, or what a named person said or did.",
            Label.OPINION, "The writer is judging, guessing, recommending or feeling.",
            Label.ANONYMOUS_SOURCE, "It rests on someone you cannot identify: \"officials said\", \"sources close to…\".",
            Label.UNSUPPORTED_ASSERTION, "A debatable claim stated flatly as fact, with no source and no evidence.",
            Label.NOT_A_CLAIM, "A headline, a question to the reader, a button or other page leftovers.");

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    public LandingView(AccountService accounts, LessonLibrary lessons, AssignmentService assignments,
                       AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("kit-page");
        Div hero = new Div(new H1("Is it a fact, an opinion, or just said by someone you can't see?"),
                new Paragraph("Read real news articles sentence by sentence. Sort reported facts from opinions, "
                        + "spot anonymous sources and claims with nothing behind them, and see how well you did."));
        hero.addClassName("kit-hero");
        hero.getChildren().skip(1).forEach(c -> c.getElement().getClassList().add("kit-lead"));

        UnorderedList labels = new UnorderedList();
        labels.getElement().setAttribute("aria-label", "The five labels");
        for (Label label : Label.values()) {
            labels.add(new ListItem(LabelWords.chip(label), new Span(" " + ONE_LINE_TESTS.get(label))));
        }
        HorizontalLayout ways = new HorizontalLayout(
                card("Students", "Join your class with the code your teacher gives you.", new Anchor("join", "Join a class")),
                card("Teachers", "Assign lessons, watch results, export grades.", new Anchor("login", "Sign in")));
        ways.setWrap(true);
        UnorderedList practice = new UnorderedList();
        practice.setId("practice-lessons");
        practice.getElement().setAttribute("aria-label", "Lessons to practise");
        Set<String> underTest = assignments.lessonsUnderTest(); // practice would show their keys
        lessons.lessons().stream().filter(lesson -> !underTest.contains(lesson.id().value()))
                .forEach(lesson -> practice.add(new ListItem(new RouterLink(lesson.title(), PracticeView.class,
                        new RouteParameters("lessonId", lesson.id().value())), new Span(" · grades " + lesson.gradeBand()))));
        add(hero, new H2("The five labels"), labels, new H2("Try a lesson now"),
                new Paragraph("No account needed: practise a lesson and see the key after each answer. Nothing is saved."),
                practice, ways);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.needsFirstTeacher()) {
            event.forwardTo(SetupView.class);
        } else if (authentication.hasRole("TEACHER")) {
            event.forwardTo(TeacherHomeView.class);
        } else if (authentication.hasRole("STUDENT")) {
            event.forwardTo(StudentHomeView.class);
        }
    }

    private static Div card(String title, String text, Anchor action) {
        Div card = new Div(new H2(title), new Paragraph(text), action);
        card.addClassName("kit-card");
        card.setWidth("20rem");
        return card;
    }
}
