package org.medialiteracy.kit.analysis.eval;

import java.util.List;
import java.util.Locale;

/**
 * Counts of (gold, predicted) pairs over a fixed list of classes, with the usual agreement figures:
 * per-class precision, recall and F1, macro-F1, accuracy and Cohen's kappa.
 * A class with no gold and no predicted items has no F1 and is left out of the macro average.
 */
public final class ConfusionMatrix {

    private final List<String> classes;
    private final List<String> scored;
    private final int[][] counts;

    public ConfusionMatrix(List<String> classes) {
        this(classes, classes);
    }

    /** A matrix whose macro-F1 averages only the {@code scored} classes (e.g. the four claim labels). */
    public ConfusionMatrix(List<String> classes, List<String> scored) {
        if (!classes.containsAll(scored)) {
            throw new IllegalArgumentException("scored classes " + scored + " must be among " + classes);
        }
        this.classes = List.copyOf(classes);
        this.scored = List.copyOf(scored);
        this.counts = new int[classes.size()][classes.size()];
    }

    public List<String> classes() {
        return classes;
    }

    public void add(String gold, String predicted) {
        counts[indexOf(gold)][indexOf(predicted)]++;
    }

    public int count(String gold, String predicted) {
        return counts[indexOf(gold)][indexOf(predicted)];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    public int goldCount(String label) {
        int sum = 0;
        for (int count : counts[indexOf(label)]) {
            sum += count;
        }
        return sum;
    }

    public int predictedCount(String label) {
        int column = indexOf(label);
        int sum = 0;
        for (int[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    /** Of the items predicted as this class, the share that are; 0 when none were predicted. */
    public double precision(String label) {
        int predicted = predictedCount(label);
        return predicted == 0 ? 0.0 : (double) count(label, label) / predicted;
    }

    /** Of the items of this class, the share predicted as it; 0 when there are none. */
    public double recall(String label) {
        int gold = goldCount(label);
        return gold == 0 ? 0.0 : (double) count(label, label) / gold;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the scored classes that occur in the gold or the predictions. */
    public double macroF1() {
        double sum = 0;
        int present = 0;
        for (String label : scored) {
            if (goldCount(label) + predictedCount(label) > 0) {
                sum += f1(label);
                present++;
            }
        }
        return present == 0 ? 0.0 : sum / present;
    }

    public double accuracy() {
        int total = total();
        if (total == 0) {
            return 0.0;
        }
        int agree = 0;
        for (int i = 0; i < classes.size(); i++) {
            agree += counts[i][i];
        }
        return (double) agree / total;
    }

    /** Cohen's kappa: agreement beyond what the two label distributions give by chance. */
    public double kappa() {
        int total = total();
        if (total == 0) {
            return 0.0;
        }
        double chance = 0;
        for (String label : classes) {
            chance += ((double) goldCount(label) / total) * ((double) predictedCount(label) / total);
        }
        return chance == 1.0 ? 1.0 : (accuracy() - chance) / (1 - chance);
    }

    /** A plain-text report: per-class figures, macro-F1, accuracy, kappa and the matrix (rows gold). */
    public String report() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(8, classes.stream().mapToInt(String::length).max().orElse(8));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %9s %6s%n", "label", "precision", "recall", "F1", "gold"));
        for (String label : classes) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %9.3f %9.3f %9.3f %6d%n",
                    label, precision(label), recall(label), f1(label), goldCount(label)));
        }
        out.append(String.format(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f   Cohen's kappa %.3f   n=%d%n",
                macroF1(), accuracy(), kappa(), total()));
        out.append("confusion matrix (rows: gold, columns: predicted)\n");
        out.append(String.format(Locale.ROOT, "%-" + width + "s", ""));
        for (String label : classes) {
            out.append(String.format(Locale.ROOT, " %6.6s", label));
        }
        out.append('\n');
        for (int i = 0; i < classes.size(); i++) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s", classes.get(i)));
            for (int j = 0; j < classes.size(); j++) {
                out.append(String.format(Locale.ROOT, " %6d", counts[i][j]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private int indexOf(String label) {
        int index = classes.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "'; expected one of " + classes);
        }
        return index;
    }
}
