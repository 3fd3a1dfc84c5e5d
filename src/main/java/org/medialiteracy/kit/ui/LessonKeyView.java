package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonArticle;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.scoring.LabelMix;
import org.medialiteracy.kit.ui.charts.LabelMixChart;
import org.medialiteracy.kit.ui.player.HighlightedSentence;
import org.medialiteracy.kit.ui.player.LabelWords;

/** A lesson's whole answer key on one page, to review before class or print for a discussion. */
@Route("teacher/lessons/:lessonId/key")
@PageTitle("Answer key | Media-literacy kit")
@RolesAllowed("TEACHER")
public class LessonKeyView extends VerticalLayout implements BeforeEnterObserver {

    private final LessonLibrary lessons;

    public LessonKeyView(LessonLibrary lessons) {
        this.lessons = lessons;
        addClassName("kit-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Lesson> found = lessons.find(event.getRouteParameters().get("lessonId"));
        if (found.isEmpty()) {
            add(new H2("Lesson not found"), new Paragraph("There is no lesson at this address."),
                    new Anchor("teacher/lessons", "Back to the lessons"));
            return;
        }
        Lesson lesson = found.get();
        Button print = new Button("Print", VaadinIcon.PRINT.create(), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addClassName("kit-no-print");
        add(new H2("Answer key: " + lesson.title()), new Paragraph("Grades " + lesson.gradeBand() + ". Reviewed by "
                + lesson.provenance().reviewedBy() + ". Cue words are marked; contested sentences are never scored."), print);
        List<LessonArticle> articles = lesson.articles();
        List<String> names = articles.size() == 1 ? List.of("The article") : List.of("Article A", "Article B");
        add(LabelMixChart.of(names, articles.stream().map(a -> LabelMix.of(a.key())).toList()));
        for (int i = 0; i < articles.size(); i++) {
            if (articles.size() > 1) {
                add(new H3(names.get(i)));
            }
            OrderedList key = new OrderedList();
            key.addClassName("kit-key");
            key.getElement().setAttribute("aria-label", "Answer key, sentence by sentence");
            articles.get(i).key().forEach(sentence -> key.add(entry(sentence)));
            add(key);
        }
    }

    private static ListItem entry(KeyedSentence sentence) {
        Div label = new Div(LabelWords.chip(sentence.label()));
        if (sentence.contested()) {
            label.add(new Span(" contested"));
        }
        Paragraph why = new Paragraph(sentence.explanation());
        why.addClassName("kit-key-why");
        return new ListItem(new HighlightedSentence(sentence), label, why);
    }
}
