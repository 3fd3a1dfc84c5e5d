package org.medialiteracy.kit.analysis.eval;

import java.util.List;

/**
 * An answer key for one text. {@code inContext} is true for a whole article (the labeller sees the
 * context) and false for a list of lone sentences (one per line of {@code text}, labelled with no context).
 */
public record GoldDocument(String text, List<GoldSentence> sentences, boolean inContext) {

    public GoldDocument {
        sentences = List.copyOf(sentences);
    }
}
