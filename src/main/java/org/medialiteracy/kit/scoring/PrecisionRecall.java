package org.medialiteracy.kit.scoring;

/**
 * Precision, recall and F1 of what a student selected (spans marked, sentences picked) against
 * what the key expects.
 *
 * <ul>
 *   <li>precision = selectedCorrect / selected: the share of selections that hit something in
 *       the key;</li>
 *   <li>recall = expectedFound / expected: the share of key items that some selection hit;</li>
 *   <li>F1 = 2 × precision × recall / (precision + recall), and 0 when both are 0.</li>
 * </ul>
 *
 * A ratio with nothing to count is 1: selecting nothing selects nothing wrongly (precision 1),
 * and when the key expects nothing, nothing is missed (recall 1). So selecting nothing when the
 * key expects something scores precision 1, recall 0, F1 0; and selecting nothing when nothing
 * is expected scores 1, 1, 1.
 */
public record PrecisionRecall(int selected, int selectedCorrect, int expected, int expectedFound,
                              double precision, double recall, double f1) {

    public static PrecisionRecall of(int selected, int selectedCorrect, int expected, int expectedFound) {
        if (selectedCorrect > selected || expectedFound > expected || selectedCorrect < 0 || expectedFound < 0) {
            throw new IllegalArgumentException("counts out of range: " + selectedCorrect + "/" + selected + ", "
                    + expectedFound + "/" + expected);
        }
        double precision = selected == 0 ? 1.0 : (double) selectedCorrect / selected;
        double recall = expected == 0 ? 1.0 : (double) expectedFound / expected;
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new PrecisionRecall(selected, selectedCorrect, expected, expectedFound, precision, recall, f1);
    }
}
