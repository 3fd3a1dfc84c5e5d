package org.medialiteracy.kit.lesson;

import java.util.Objects;
import org.medialiteracy.kit.analysis.Label;

/** A sentence where the reviewer replaced the labeller's proposed label. */
public record LabellerChange(int article, int sentence, Label proposed, Label finalLabel) {

    public LabellerChange {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(finalLabel, "finalLabel");
    }
}
