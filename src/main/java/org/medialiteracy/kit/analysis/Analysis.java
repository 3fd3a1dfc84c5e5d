package org.medialiteracy.kit.analysis;

import java.util.List;

/** The labelled sentences of one text, in order. */
public record Analysis(List<LabelledSentence> sentences) {

    public Analysis {
        sentences = List.copyOf(sentences);
    }
}
