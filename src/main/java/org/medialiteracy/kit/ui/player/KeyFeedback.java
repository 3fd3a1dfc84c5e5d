package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.KeyedSentence;

/** After an answer: right or not, the key's label, the cue words highlighted, and the rule in plain words. */
final class KeyFeedback extends Div {

    KeyFeedback(KeyedSentence key, Optional<Label> given) {
        addClassName("kit-feedback");
        getElement().setAttribute("role", "status");
        boolean right = given.map(g -> g == key.label()).orElse(false);
        Span verdict = new Span(given.isEmpty() ? "No answer given." : right ? "✓ Right!" : "✗ Not quite: you said "
                + given.get().displayName() + ".");
        verdict.addClassName(right ? "kit-right" : "kit-wrong");
        Div keyLine = new Div(new Span("The key says: "), LabelWords.chip(key.label()));
        add(verdict, keyLine, new HighlightedSentence(key), new Paragraph(key.explanation()),
                rule(key.label()));
        if (key.contested()) {
            add(new Paragraph("Careful readers disagree about this one, so it does not count towards your score."));
        }
    }

    static Paragraph rule(Label label) {
        Paragraph rule = new Paragraph("The rule: " + LabelWords.rule(label));
        rule.addClassName("kit-rule");
        return rule;
    }
}
