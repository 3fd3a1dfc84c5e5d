package org.medialiteracy.kit.scoring;

import java.util.Arrays;
import java.util.Optional;
import org.medialiteracy.kit.analysis.Label;

/**
 * Counts of items by key label (rows) and answered label (columns), plus, per key label, the
 * items left unanswered. The diagonal holds the correct answers. Immutable.
 */
public final class ConfusionMatrix {

    private static final int LABELS = Label.values().length;

    private final int[][] counts;
    private final int[] unanswered;

    private ConfusionMatrix(int[][] counts, int[] unanswered) {
        this.counts = counts;
        this.unanswered = unanswered;
    }

    public static ConfusionMatrix empty() {
        return new ConfusionMatrix(new int[LABELS][LABELS], new int[LABELS]);
    }

    /** This matrix with one more item keyed {@code key}, answered {@code answer} (empty: unanswered). */
    public ConfusionMatrix with(Label key, Optional<Label> answer) {
        int[][] newCounts = copy(counts);
        int[] newUnanswered = unanswered.clone();
        answer.ifPresentOrElse(given -> newCounts[key.ordinal()][given.ordinal()]++,
                () -> newUnanswered[key.ordinal()]++);
        return new ConfusionMatrix(newCounts, newUnanswered);
    }

    /** The cell-by-cell sum, e.g. a class matrix from students' matrices. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        int[][] sum = copy(counts);
        int[] sumUnanswered = unanswered.clone();
        for (int k = 0; k < LABELS; k++) {
            sumUnanswered[k] += other.unanswered[k];
            for (int a = 0; a < LABELS; a++) {
                sum[k][a] += other.counts[k][a];
            }
        }
        return new ConfusionMatrix(sum, sumUnanswered);
    }

    public int count(Label key, Label answer) {
        return counts[key.ordinal()][answer.ordinal()];
    }

    public int unanswered(Label key) {
        return unanswered[key.ordinal()];
    }

    /** Items keyed {@code key}, answered or not. */
    public int keyed(Label key) {
        return Arrays.stream(counts[key.ordinal()]).sum() + unanswered[key.ordinal()];
    }

    /** Answered items whose answer is {@code answer}. */
    public int answeredAs(Label answer) {
        return Arrays.stream(counts).mapToInt(row -> row[answer.ordinal()]).sum();
    }

    public int answered() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    public int correct() {
        return Arrays.stream(Label.values()).mapToInt(label -> count(label, label)).sum();
    }

    private static int[][] copy(int[][] matrix) {
        return Arrays.stream(matrix).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that
                && Arrays.deepEquals(counts, that.counts)
                && Arrays.equals(unanswered, that.unanswered);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(counts) + Arrays.hashCode(unanswered);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("key\\answer");
        for (Label label : Label.values()) {
            text.append(' ').append(label.shortCode());
        }
        text.append(" -");
        for (Label key : Label.values()) {
            text.append('\n').append(key.shortCode()).append("         ");
            for (Label answer : Label.values()) {
                text.append(' ').append(count(key, answer));
            }
            text.append(' ').append(unanswered(key));
        }
        return text.toString();
    }
}
