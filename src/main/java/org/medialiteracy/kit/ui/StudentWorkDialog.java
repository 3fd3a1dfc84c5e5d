package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.classroom.AnsweredItem;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.scoring.AttemptScore;
import org.medialiteracy.kit.scoring.ItemResult;
import org.medialiteracy.kit.ui.charts.ConfusionMatrixChart;
import org.medialiteracy.kit.ui.player.LabelWords;

/** One student's counted attempt, exercise by exercise: their mix-up picture and every item they missed. */
final class StudentWorkDialog extends Dialog {

    /** @param attempt the student's counted attempt; the dashboard offers the dialog only when there is one */
    StudentWorkDialog(String name, ScoredAttempt attempt, Lesson lesson) {
        setHeaderTitle(name + "'s answers");
        setWidth("min(56rem, 95vw)");
        setId("student-work");
        // the list scrolls in a region the keyboard can reach, not in the dialog's own unfocusable one
        Div work = new Div(new Paragraph("Attempt #" + attempt.number() + (attempt.late() ? " (late)" : "") + ": "
                + attempt.pointsEarned() + " of " + attempt.pointsPossible() + " points."));
        work.addClassName("kit-dialog-scroll");
        work.getElement().setAttribute("tabindex", "0");
        work.getElement().setAttribute("role", "region");
        work.getElement().setAttribute("aria-label", name + "'s answers");
        for (AttemptScore score : attempt.scores()) {
            work.add(exercise(attempt, score, lesson.exercise(score.exerciseId()).orElseThrow()));
        }
        add(work);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** One exercise: its points, the student's mix-up picture, and each item they missed. */
    private static Div exercise(ScoredAttempt attempt, AttemptScore score, Exercise exercise) {
        List<ItemResult> missed = attempt.items().stream().map(AnsweredItem::result)
                .filter(item -> item.exerciseId().equals(exercise.id()) && !item.correct()).toList();
        Div section = new Div(new H3(exercise.title() + ": " + score.pointsEarned() + " of "
                + score.pointsPossible() + " points"));
        score.labels().ifPresent(labels -> section.add(ConfusionMatrixChart.of(labels.confusion())));
        UnorderedList list = new UnorderedList();
        list.addClassName("kit-missed");
        missed.forEach(item -> list.add(new ListItem(new Div(item.item()), whatWentWrong(item, exercise.type()))));
        section.add(missed.isEmpty() ? new Paragraph("Nothing missed.")
                : new Div(new H4("Missed (" + missed.size() + ")"), list));
        return section;
    }

    /** The key and the answer in the words and colours the student saw. */
    static Div whatWentWrong(ItemResult item, ExerciseType type) {
        return switch (type) {
            case LABEL_SENTENCES, FACT_OR_OPINION -> new Div(new Span("The key: "), chip(item.key()),
                    new Span(item.answer().isEmpty() ? " No answer." : " Answered: "),
                    item.answer().isEmpty() ? new Span() : chip(item.answer()));
            case FIND_UNSUPPORTED -> item.answer().isEmpty()
                    ? new Div(new Span("Not ticked, but the key says "), chip(item.key()))
                    : new Div(new Span("Ticked, but the key says "), chip(item.key()));
            case MARK_ANONYMOUS_SOURCES -> new Div(item.answer().isEmpty()
                    ? "An unnamed source left unmarked." : "Marked, but it is not an unnamed source.");
            case COMPARE_ARTICLES -> new Div("The key: " + item.key() + ". "
                    + (item.answer().isEmpty() ? "No answer." : "Predicted: " + item.answer() + "."));
        };
    }

    /** Label items store the label's name as key and answer (ItemResults). */
    private static Span chip(String labelName) {
        return LabelWords.chip(Label.valueOf(labelName));
    }
}
