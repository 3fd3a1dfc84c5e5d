package org.medialiteracy.kit.scoring;

import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;

/**
 * How a class answered one item of a label exercise.
 *
 * <ul>
 *   <li>percentCorrect = 100 × students who gave the key label / students in the class (a
 *       student who left the item unanswered counts as not correct); NaN for no students;</li>
 *   <li>mostChosenWrong: the wrong label most students chose, ties going to the codebook's
 *       decision order; empty when nobody answered wrongly;</li>
 *   <li>agreement: Fleiss' per-item P_i, the proportion of agreeing pairs among the answers:
 *       P_i = Σ over labels L of n_L × (n_L − 1) / (n × (n − 1)), where n_L students answered L and
 *       n students answered at all; NaN when fewer than two answered.</li>
 * </ul>
 */
public record ItemStats(int sentence, Label key, int students, int answered, int correct, double percentCorrect,
                        Optional<Label> mostChosenWrong, int mostChosenWrongCount, double agreement) {
}
