package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.ExerciseScorer;
import org.medialiteracy.kit.scoring.PrecisionRecall;

/**
 * "Mark the anonymous sources": every word of the passage is a toggle (click, or Tab then Enter or Space);
 * neighbouring marked words form one marked span. Each mark is saved at once.
 */
final class SpanMarkingPanel extends PassagePanel {

    // A word without the punctuation around it, so "diplomats," marks only "diplomats".
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-.]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private final List<KeyedSentence> passage;
    private final Div text = new Div();

    SpanMarkingPanel(PlayerState state, Exercise exercise) {
        super(state, exercise);
        this.passage = state.lesson.article().sentences(exercise.selection().indexes());
        text.addClassName("kit-passage");
        text.setId("span-passage");
        text.getElement().setAttribute("role", "group");
        text.getElement().setAttribute("aria-label", "Passage: each word is a button; press it to mark or unmark it");
        add(text, checkButton("Check my marks", "check-marks", this::reveal), result);
        render();
    }

    private void render() {
        text.removeAll();
        List<Cue> keySpans = checked ? passage.stream().flatMap(s -> s.anonymousSourceSpans().stream()).toList() : List.of();
        for (KeyedSentence sentence : passage) {
            Paragraph paragraph = new Paragraph();
            Matcher word = WORD.matcher(sentence.text());
            int at = 0;
            while (word.find()) {
                paragraph.add(new Span(sentence.text().substring(at, word.start())));
                int start = sentence.start() + word.start();
                int end = sentence.start() + word.end();
                paragraph.add(wordToggle(word.group(), start, end, keySpans));
                at = word.end();
            }
            paragraph.add(new Span(sentence.text().substring(at)));
            text.add(paragraph);
        }
    }

    private Span wordToggle(String word, int start, int end, List<Cue> keySpans) {
        String item = AnswerSheet.spanItem(start, end);
        boolean marked = state.sheet.get(exercise.id(), item).isPresent();
        Span toggle = new Span(word);
        toggle.addClassName("kit-word");
        toggle.getElement().setAttribute("data-span", item);
        toggle.getElement().setAttribute("role", "button");
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(marked));
        if (marked) {
            toggle.addClassName("kit-marked");
        }
        if (keySpans.stream().anyMatch(cue -> cue.overlaps(start, end))) {
            toggle.addClassName("kit-key-span");
            toggle.getElement().setAttribute("title", "An unnamed source (from the key)");
        }
        if (!checked && !state.submitted()) {
            toggle.getElement().setAttribute("tabindex", "0");
            toggle.addClickListener(e -> toggle(item, !marked));
            toggle.getElement().addEventListener("keydown", e -> toggle(item, !marked))
                    .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        }
        return toggle;
    }

    private void toggle(String item, boolean mark) {
        if (state.answer(exercise.id(), item, mark ? AnswerSheet.MARKED : null)) {
            render();
            text.getChildren().flatMap(p -> p.getChildren())
                    .filter(c -> item.equals(c.getElement().getAttribute("data-span")))
                    .findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
        }
    }

    /** Practice: show the key's unnamed sources and how the marks did. */
    private void reveal() {
        checked = true;
        render();
        result.removeAll();
        PrecisionRecall score = ExerciseScorer.score(state.lesson, exercise, state.sheet.answersTo(exercise))
                .selection().orElseThrow();
        result.add(new Paragraph("You found " + score.expectedFound() + " of " + score.expected()
                + " unnamed sources; " + score.selectedCorrect() + " of your " + score.selected()
                + " marks were on one. The key's sources are underlined in purple."));
        List<String> explanations = new ArrayList<>();
        passage.stream().filter(s -> !s.anonymousSourceSpans().isEmpty()).forEach(s -> explanations.add(s.explanation()));
        explanations.forEach(e -> result.add(new Paragraph(e)));
        result.add(KeyFeedback.rule(org.medialiteracy.kit.analysis.Label.ANONYMOUS_SOURCE));
    }
}
