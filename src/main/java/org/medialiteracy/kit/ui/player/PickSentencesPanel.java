package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.ExerciseScorer;
import org.medialiteracy.kit.scoring.PrecisionRecall;

/** "Find the unsupported assertions": tick the sentences that assert without support; each tick is saved. */
final class PickSentencesPanel extends PassagePanel {

    private final List<KeyedSentence> claims;
    private final Div list = new Div();

    PickSentencesPanel(PlayerState state, Exercise exercise) {
        super(state, exercise);
        this.claims = exercise.scoredItems(state.lesson, 0);
        list.setId("pick-list");
        list.getElement().setAttribute("role", "group");
        list.getElement().setAttribute("aria-label", "Sentences of the passage");
        add(list, checkButton("Check my picks", "check-picks", this::reveal), result);
        render();
    }

    private void render() {
        list.removeAll();
        for (KeyedSentence sentence : claims) {
            String item = String.valueOf(sentence.index());
            boolean picked = state.sheet.get(exercise.id(), item).isPresent();
            Checkbox box = new Checkbox(sentence.text(), picked);
            box.setId("pick-" + sentence.index());
            box.addClassName("kit-pick");
            box.setReadOnly(checked);
            box.addValueChangeListener(e -> {
                if (e.isFromClient() && !state.answer(exercise.id(), item, e.getValue() ? AnswerSheet.PICKED : null)) {
                    box.setValue(e.getOldValue());
                }
            });
            list.add(box);
            if (checked) {
                boolean right = picked == (sentence.label() == Label.UNSUPPORTED_ASSERTION);
                Paragraph note = new Paragraph((right ? "✓ " : "✗ ") + sentence.explanation());
                note.addClassNames("kit-pick-note", right ? "kit-right" : "kit-wrong");
                list.add(note);
            }
        }
    }

    private void reveal() {
        checked = true;
        render();
        PrecisionRecall score = ExerciseScorer.score(state.lesson, exercise, state.sheet.answersTo(exercise))
                .selection().orElseThrow();
        result.removeAll();
        result.add(new Paragraph("You found " + score.expectedFound() + " of " + score.expected()
                + " unsupported assertions; " + score.selectedCorrect() + " of your " + score.selected()
                + " picks were right."), KeyFeedback.rule(Label.UNSUPPORTED_ASSERTION));
    }
}
