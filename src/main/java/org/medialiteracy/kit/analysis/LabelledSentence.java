package org.medialiteracy.kit.analysis;

import java.util.List;

/**
 * One sentence of an article with its label, cues and explanation. Offsets are Java String
 * indices into the article text (end exclusive); cue offsets too.
 */
public record LabelledSentence(int start, int end, String text, Label label, List<Cue> cues,
                               String explanation) {

    public LabelledSentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
        cues = List.copyOf(cues);
    }
}
