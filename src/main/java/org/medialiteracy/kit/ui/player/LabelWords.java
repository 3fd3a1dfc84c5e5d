package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;

/** The codebook's rules and cue names in words a 14-year-old follows, and the label chip. */
public final class LabelWords {

    private static final Map<Label, String> RULES = Map.of(
            Label.NOT_A_CLAIM, "Headlines, questions to the reader, buttons and other page leftovers are not claims: "
                    + "there is nothing in them to check or argue with.",
            Label.ANONYMOUS_SOURCE, "If any part of the sentence rests on someone you cannot identify (an unnamed "
                    + "official, \"sources\", \"critics\", \"some allies\"), it is anonymous sourcing, even when a named "
                    + "person is there too.",
            Label.REPORTED_FACT, "A reported fact is something you could check: an event, a number, a date, a place, "
                    + "or what a named person or organisation said or did.",
            Label.OPINION, "An opinion is the writer's own judgement, guess, advice or feeling: look for \"I think\", "
                    + "\"should\", \"could\", or loaded words like \"perilous\" or \"troubling\".",
            Label.UNSUPPORTED_ASSERTION, "An unsupported assertion states something debatable flatly as fact, with no "
                    + "source and no evidence: about motives, unnamed groups, or causes.");

    private static final Map<CueKind, String> CUE_NAMES = Map.ofEntries(
            Map.entry(CueKind.NAMED_SOURCE, "named source"),
            Map.entry(CueKind.ANONYMOUS_SOURCE, "unnamed source"),
            Map.entry(CueKind.VAGUE_ATTRIBUTION, "vague source"),
            Map.entry(CueKind.FIRST_PERSON, "the writer speaking"),
            Map.entry(CueKind.HEDGE, "guessing word"),
            Map.entry(CueKind.EVALUATIVE, "judging word"),
            Map.entry(CueKind.OBLIGATION, "should / must"),
            Map.entry(CueKind.NUMBER_OR_DATE, "number or date"),
            Map.entry(CueKind.QUOTE, "quotation"),
            Map.entry(CueKind.QUESTION, "question"),
            Map.entry(CueKind.RESIDUE, "page leftover"));

    private LabelWords() {
    }

    public static String rule(Label label) {
        return RULES.get(label);
    }

    public static String cueName(CueKind kind) {
        return CUE_NAMES.get(kind);
    }

    /** Colour plus letter plus name: colour is never the only signal. */
    public static Span chip(Label label) {
        Span chip = new Span(label.shortCode() + " · " + label.displayName());
        chip.addClassNames("kit-label-chip", "kit-label-" + label.name());
        return chip;
    }
}
