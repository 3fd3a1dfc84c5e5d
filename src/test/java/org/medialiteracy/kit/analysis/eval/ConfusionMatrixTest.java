package org.medialiteracy.kit.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    /** Gold A A A A B B C C C C; predicted A A A B B C C C C A (worked by hand below). */
    private ConfusionMatrix example() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("A", "B", "C"));
        String gold = "AAAABBCCCC";
        String predicted = "AAABBCCCCA";
        for (int i = 0; i < gold.length(); i++) {
            matrix.add(String.valueOf(gold.charAt(i)), String.valueOf(predicted.charAt(i)));
        }
        return matrix;
    }

    @Test
    void precision_recall_and_f1_match_hand_computation() {
        ConfusionMatrix matrix = example();
        // A: tp 3, predicted 4, gold 4 -> P .75 R .75 F1 .75
        assertThat(matrix.precision("A")).isCloseTo(0.75, within(1e-9));
        assertThat(matrix.recall("A")).isCloseTo(0.75, within(1e-9));
        // B: tp 1, predicted 2, gold 2 -> .5 .5 .5
        assertThat(matrix.f1("B")).isCloseTo(0.5, within(1e-9));
        // C: tp 3, predicted 4, gold 4 -> .75
        assertThat(matrix.f1("C")).isCloseTo(0.75, within(1e-9));
        assertThat(matrix.macroF1()).isCloseTo((0.75 + 0.5 + 0.75) / 3, within(1e-9));
        assertThat(matrix.accuracy()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void kappa_matches_hand_computation() {
        // chance = .4*.4 + .2*.2 + .4*.4 = .36; kappa = (.7 - .36) / (1 - .36) = .53125
        assertThat(example().kappa()).isCloseTo(0.53125, within(1e-9));
    }

    @Test
    void perfect_agreement_has_kappa_one_and_unused_classes_leave_macro_f1_alone() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("OBJ", "SUBJ", "NEVER"));
        matrix.add("OBJ", "OBJ");
        matrix.add("SUBJ", "SUBJ");
        assertThat(matrix.kappa()).isCloseTo(1.0, within(1e-9));
        assertThat(matrix.macroF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void macro_f1_can_average_only_the_scored_classes() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("N", "A", "B"), List.of("A", "B"));
        matrix.add("A", "A");
        matrix.add("B", "N");
        // A: P 1 R 1 F1 1; B: never predicted -> F1 0; N is predicted but not scored
        assertThat(matrix.macroF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void report_shows_the_matrix_rows_as_gold() {
        assertThat(example().report()).contains("macro-F1 0.667").contains("Cohen's kappa 0.531");
    }
}
