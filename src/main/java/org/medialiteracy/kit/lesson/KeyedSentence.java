package org.medialiteracy.kit.lesson;

import java.util.List;
import java.util.Objects;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.CueKind;
import org.medialiteracy.kit.analysis.Label;

/**
 * One sentence of a lesson's answer key. {@code index} is its position in the key; offsets are
 * Java String indices into the article text (end exclusive), cue offsets too. A contested
 * sentence is one reviewers could not agree on: it is shown but never scored.
 */
public record KeyedSentence(int index, int start, int end, String text, Label label, List<Cue> cues,
                            String explanation, boolean contested) {

    public KeyedSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        cues = List.copyOf(cues);
    }

    /**
     * The codebook's key spans for "mark the anonymous sources": the ANONYMOUS_SOURCE and
     * VAGUE_ATTRIBUTION cues of a sentence keyed ANONYMOUS_SOURCE; none for any other label.
     */
    public List<Cue> anonymousSourceSpans() {
        if (label != Label.ANONYMOUS_SOURCE) {
            return List.of();
        }
        return cues.stream()
                .filter(cue -> cue.kind() == CueKind.ANONYMOUS_SOURCE
                        || cue.kind() == CueKind.VAGUE_ATTRIBUTION)
                .toList();
    }
}
