package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.ui.charts.ConfusionMatrixChart;
import org.medialiteracy.kit.ui.charts.LabelMixChart;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.scoring.AttemptScore;
import org.medialiteracy.kit.scoring.LabelAgreement;
import org.medialiteracy.kit.scoring.PrecisionRecall;

/** The score: points, accuracy, agreement beyond chance, recall per label, the mix-up picture, plain sentences. */
final class ResultsPanel extends Div {

    ResultsPanel(PlayerState state, List<AttemptScore> scores) {
        setId("results");
        addClassName("kit-results");
        int earned = scores.stream().mapToInt(AttemptScore::pointsEarned).sum();
        int possible = scores.stream().mapToInt(AttemptScore::pointsPossible).sum();
        H2 total = new H2("Your score: " + earned + " of " + possible + " points (" + percent(earned, possible) + ")");
        total.setId("total-score");
        add(total);
        for (AttemptScore score : scores) {
            Exercise exercise = state.lesson.exercise(score.exerciseId()).orElseThrow();
            Div section = new Div(new H3(exercise.title() + " — " + score.pointsEarned() + " of " + score.pointsPossible() + " points"));
            section.addClassName("kit-card");
            score.labels().ifPresent(labels -> labelResults(section, labels));
            score.selection().ifPresent(selection -> section.add(selectionResults(selection)));
            score.comparison().ifPresent(outcome -> section.add(LabelMixChart.of(ComparePanel.NAMES, outcome.mixes())));
            if (!score.patterns().isEmpty()) {
                UnorderedList patterns = new UnorderedList();
                patterns.addClassName("kit-patterns");
                score.patterns().forEach(p -> patterns.add(new ListItem(p)));
                section.add(patterns);
            }
            if (exercise.type().asksForLabels()) {
                section.add(review(state, exercise));
            }
            add(section);
        }
    }

    private static void labelResults(Div section, LabelAgreement labels) {
        section.add(new Paragraph("Right: " + labels.correct() + " of " + labels.scoredItems() + " ("
                        + percent(labels.correct(), labels.scoredItems()) + "). Agreement with the key beyond chance (kappa): "
                        + labels.kappaText() + "."),
                recall(labels.recallByLabel()), new H3("What you mixed up"), ConfusionMatrixChart.of(labels.confusion()));
    }

    private static UnorderedList recall(Map<Label, Double> recallByLabel) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "How many of each label you found");
        recallByLabel.forEach((label, recall) -> list.add(new ListItem(LabelWords.chip(label),
                new Span(" you found " + Math.round(recall * 100) + "% of them"))));
        return list;
    }

    private static Paragraph selectionResults(PrecisionRecall selection) {
        return new Paragraph("You found " + selection.expectedFound() + " of " + selection.expected()
                + ", and " + selection.selectedCorrect() + " of your " + selection.selected() + " choices were right "
                + String.format(Locale.ROOT, "(precision %.0f%%, recall %.0f%%, F1 %.2f).",
                        selection.precision() * 100, selection.recall() * 100, selection.f1()));
    }

    /** Every sentence again with the key, the cue words and the rule: what assessment keeps back until now. */
    private static Details review(PlayerState state, Exercise exercise) {
        Div review = new Div();
        for (KeyedSentence item : exercise.scoredItems(state.lesson, 0)) {
            review.add(new KeyFeedback(item, state.sheet.get(exercise.id(), String.valueOf(item.index())).map(Label::valueOf)));
        }
        return new Details("Go through it sentence by sentence", review);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "nothing to score" : Math.round(100.0 * part / whole) + "%";
    }

}
