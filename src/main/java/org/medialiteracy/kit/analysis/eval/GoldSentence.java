package org.medialiteracy.kit.analysis.eval;

import org.medialiteracy.kit.analysis.Label;

/** A keyed sentence: its span in the gold text and the label a person gave it. */
public record GoldSentence(int start, int end, Label label) {
}
