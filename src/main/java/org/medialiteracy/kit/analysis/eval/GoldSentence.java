package org.medialiteracy.kit.analysis.eval;

import java.util.List;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.analysis.LabelledSentence;

/** A keyed sentence: its span in the gold text and the label a person gave it. */
public record GoldSentence(int start, int end, Label label) {

    /** The predicted sentence that overlaps this one most; empty when none overlaps it at all. */
    public Optional<LabelledSentence> alignedIn(List<LabelledSentence> predicted) {
        LabelledSentence best = null;
        int bestOverlap = 0;
        for (LabelledSentence sentence : predicted) {
            int overlap = Math.min(sentence.end(), end) - Math.max(sentence.start(), start);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = sentence;
            }
        }
        return Optional.ofNullable(best);
    }
}
