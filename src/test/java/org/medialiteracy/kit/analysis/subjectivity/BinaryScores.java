package org.medialiteracy.kit.analysis.subjectivity;

import java.util.Locale;

/** Confusion counts for SUBJ (positive) versus OBJ, and the task's metric, macro-F1 over both. */
record BinaryScores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    static BinaryScores of(double[] probabilities, boolean[] subjective, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            if (predicted && subjective[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (subjective[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryScores(tp, fp, fn, tn);
    }

    /** The threshold in 0.05..0.95 (step 0.01) with the best macro-F1; the lowest such on ties. */
    static double bestThreshold(double[] probabilities, boolean[] subjective) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            double f1 = of(probabilities, subjective, threshold).macroF1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    double subjF1() {
        return f1(truePositives, falsePositives, falseNegatives);
    }

    double objF1() {
        return f1(trueNegatives, falseNegatives, falsePositives);
    }

    double macroF1() {
        return (subjF1() + objF1()) / 2;
    }

    String summary() {
        return String.format(Locale.ROOT,
                "macro-F1 %.3f (SUBJ F1 %.3f, OBJ F1 %.3f; SUBJ tp %d fp %d fn %d, OBJ correct %d)",
                macroF1(), subjF1(), objF1(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
