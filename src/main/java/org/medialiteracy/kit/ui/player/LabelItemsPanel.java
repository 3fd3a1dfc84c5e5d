package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.LessonArticle;

/**
 * "Label the sentences" and "Fact or opinion": one sentence at a time in its context. Keys 1–5 pick a label,
 * Tab and Enter work the buttons, ← and → move between sentences.
 */
final class LabelItemsPanel extends ExercisePanel {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
    private static final Key[] NUMPAD = {Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4, Key.NUMPAD_5};

    private final List<KeyedSentence> items;
    private final List<Label> choices;
    private final LessonArticle article;
    private final Div card = new Div();
    private final List<ShortcutRegistration> shortcuts = new ArrayList<>();
    private Button nextButton = new Button();
    private int current;

    LabelItemsPanel(PlayerState state, Exercise exercise) {
        super(state, exercise);
        this.article = state.lesson.article();
        this.items = exercise.scoredItems(state.lesson, 0);
        this.choices = choices(exercise);
        card.addClassName("kit-item-card");
        card.setWidthFull();
        add(card);
        current = firstUnanswered();
        for (int i = 0; i < choices.size(); i++) {
            Label label = choices.get(i);
            shortcuts.add(Shortcuts.addShortcutListener(this, () -> choose(label), DIGITS[i]));
            shortcuts.add(Shortcuts.addShortcutListener(this, () -> choose(label), NUMPAD[i]));
        }
        shortcuts.add(Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_RIGHT));
        shortcuts.add(Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_LEFT));
        render();
    }

    static List<Label> choices(Exercise exercise) {
        if (exercise.type() == ExerciseType.FACT_OR_OPINION) {
            return List.of(Label.REPORTED_FACT, Label.OPINION);
        }
        List<Label> labels = new ArrayList<>(List.of(Label.REPORTED_FACT, Label.OPINION, Label.ANONYMOUS_SOURCE,
                Label.UNSUPPORTED_ASSERTION));
        if (exercise.includeNotAClaim()) {
            labels.add(Label.NOT_A_CLAIM);
        }
        return labels;
    }

    @Override
    int itemCount() {
        return items.size();
    }

    @Override
    int answeredCount() {
        return (int) items.stream().filter(item -> given(item).isPresent()).count();
    }

    private int firstUnanswered() {
        for (int i = 0; i < items.size(); i++) {
            if (given(items.get(i)).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private Optional<Label> given(KeyedSentence item) {
        return state.sheet.get(exercise.id(), String.valueOf(item.index())).map(Label::valueOf);
    }

    /** In practice an answer is final once explained; in assessment it can change until submitting. */
    private boolean locked(KeyedSentence item) {
        return state.submitted() || (state.practice() && given(item).isPresent());
    }

    private void choose(Label label) {
        if (items.isEmpty()) {
            return;
        }
        KeyedSentence item = items.get(current);
        if (!locked(item) && state.answer(exercise.id(), String.valueOf(item.index()), label.name())) {
            render();
            focusNext();
        }
    }

    private void move(int step) {
        int target = current + step;
        if (target >= 0 && target < items.size()) {
            current = target;
            render();
        }
    }

    private void render() {
        card.removeAll();
        if (items.isEmpty()) {
            card.add(new Paragraph("This exercise has no sentences to label."));
            return;
        }
        KeyedSentence item = items.get(current);
        Span counter = new Span("Sentence " + (current + 1) + " of " + items.size());
        counter.addClassName("kit-counter");
        card.add(counter, context(item));

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", "Choose a label for this sentence");
        Optional<Label> given = given(item);
        for (int i = 0; i < choices.size(); i++) {
            Label label = choices.get(i);
            Button choice = new Button((i + 1) + " · " + label.displayName(), e -> choose(label));
            choice.setId("choice-" + label.name());
            choice.addClassNames("kit-choice", "kit-choice-" + label.name());
            boolean chosen = given.map(g -> g == label).orElse(false);
            choice.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            choice.getElement().setAttribute("aria-keyshortcuts", String.valueOf(i + 1));
            if (chosen) {
                choice.addClassName("kit-chosen");
            }
            choice.setEnabled(!locked(item));
            buttons.add(choice);
        }
        card.add(buttons);
        if (given.isPresent() && (state.practice() || state.submitted())) {
            card.add(new KeyFeedback(item, given));
        } else if (given.isPresent()) {
            Paragraph saved = new Paragraph("Saved. You can change it until you submit.");
            saved.addClassName("kit-saved");
            card.add(saved);
        }
        Button previous = new Button("← Previous", e -> move(-1));
        previous.setId("previous-item");
        previous.setEnabled(current > 0);
        nextButton = new Button("Next →", e -> move(1));
        nextButton.setId("next-item");
        nextButton.setEnabled(current < items.size() - 1);
        card.add(new HorizontalLayout(previous, nextButton));
    }

    /** After an answer, Enter moves on. */
    private void focusNext() {
        if (nextButton.isEnabled()) {
            nextButton.focus();
        }
    }

    /** The sentence between its neighbours, so it is read in its article. */
    private Div context(KeyedSentence item) {
        Div context = new Div();
        context.addClassName("kit-context");
        if (item.index() > 0) {
            context.add(neighbour(article.key().get(item.index() - 1)));
        }
        Paragraph sentence = new Paragraph(item.text());
        sentence.setId("current-sentence");
        sentence.addClassName("kit-current-sentence");
        context.add(sentence);
        if (item.index() + 1 < article.key().size()) {
            context.add(neighbour(article.key().get(item.index() + 1)));
        }
        return context;
    }

    private static Paragraph neighbour(KeyedSentence sentence) {
        Paragraph neighbour = new Paragraph(sentence.text());
        neighbour.addClassName("kit-neighbour");
        neighbour.getElement().setAttribute("aria-hidden", "true");
        return neighbour;
    }
}
