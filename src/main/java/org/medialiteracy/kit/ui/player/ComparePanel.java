package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.ui.charts.LabelMixChart;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.CompareOutcome;
import org.medialiteracy.kit.scoring.ExerciseScorer;

/** "Compare two articles": read both, predict which leans more on opinion and on unnamed sources, then see. */
final class ComparePanel extends ExercisePanel {

    static final List<String> NAMES = List.of("Article A", "Article B");
    private final Div result = resultArea();
    private boolean checked;

    ComparePanel(PlayerState state, Exercise exercise) {
        super(state, exercise);
        HorizontalLayout articles = new HorizontalLayout();
        articles.setWidthFull();
        articles.setWrap(true);
        for (int a = 0; a < 2; a++) {
            Div column = new Div(new H4(NAMES.get(a)));
            column.addClassName("kit-compare-article");
            column.getElement().setAttribute("tabindex", "0");
            column.getElement().setAttribute("aria-label", NAMES.get(a) + ", scrollable");
            List<KeyedSentence> sentences = state.lesson.articles().get(a).sentences(exercise.selections().get(a).indexes());
            sentences.forEach(s -> column.add(new Paragraph(s.text())));
            articles.add(column);
        }
        RadioButtonGroup<Integer> moreOpinion = question("Which article relies more on opinion?", AnswerSheet.MORE_OPINION);
        RadioButtonGroup<Integer> moreAnonymous = question("Which article relies more on anonymous sources?",
                AnswerSheet.MORE_ANONYMOUS);
        moreOpinion.setId("more-opinion");
        moreAnonymous.setId("more-anonymous");
        add(articles, moreOpinion, moreAnonymous, checkButton("Show me the label mix", "check-compare", this::reveal),
                result);
        if (state.submitted()) {
            reveal();
        }
    }

    private RadioButtonGroup<Integer> question(String label, String item) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setItems(0, 1);
        group.setItemLabelGenerator(NAMES::get);
        state.sheet.get(exercise.id(), item).map(Integer::valueOf).ifPresent(group::setValue);
        group.setReadOnly(state.submitted());
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && (checked
                    || !state.answer(exercise.id(), item, e.getValue() == null ? null : String.valueOf(e.getValue())))) {
                group.setValue(e.getOldValue());
            }
        });
        return group;
    }

    @Override
    int itemCount() {
        return 2;
    }

    @Override
    int answeredCount() {
        return clamp(state.sheet.answeredCount(exercise.id()), 2);
    }

    private void reveal() {
        checked = true;
        CompareOutcome outcome = ExerciseScorer.score(state.lesson, exercise, state.sheet.answersTo(exercise))
                .comparison().orElseThrow();
        result.removeAll();
        result.add(new H4("Each article's mix of labels"), LabelMixChart.of(NAMES, outcome.mixes()),
                verdict("opinion", outcome.moreOpinion()), verdict("anonymous sources", outcome.moreAnonymous()));
    }

    private static Paragraph verdict(String what, CompareOutcome.Prediction prediction) {
        String accepted = prediction.accepted().size() > 1 ? "both articles lean on " + what + " equally"
                : NAMES.get(prediction.accepted().iterator().next()) + " relies more on " + what;
        String yours = prediction.answer().map(a -> "You said " + NAMES.get(a) + ". ").orElse("You did not answer. ");
        return new Paragraph((prediction.correct() ? "✓ " : "✗ ") + yours + "In fact " + accepted + ".");
    }
}
