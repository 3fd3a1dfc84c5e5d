package org.medialiteracy.kit.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram of a class's percents for the dashboard. Bin k covers percents from k × width
 * (included) to (k + 1) × width (excluded); the last bin also holds 100. Attempts with nothing
 * to score (percent NaN) are counted apart, as {@code unscored}.
 */
public record ScoreDistribution(List<Bin> bins, int unscored) {

    public ScoreDistribution {
        bins = List.copyOf(bins);
    }

    /** Percents from {@code from} (included) to {@code to} (excluded, or included when it is 100). */
    public record Bin(int from, int to, int count) {

        /** "90–100%", for the chart and its text alternative. */
        public String label() {
            return from + "–" + to + "%";
        }
    }

    /**
     * @param binWidth percentage points per bin; must divide 100 (e.g. 10, 20, 25)
     */
    public static ScoreDistribution of(List<AttemptScore> scores, int binWidth) {
        return ofPercents(scores.stream().map(AttemptScore::percent).toList(), binWidth);
    }

    /** The same bins over plain percents, e.g. whole attempts; NaN counts as unscored. */
    public static ScoreDistribution ofPercents(List<Double> percents, int binWidth) {
        if (binWidth <= 0 || 100 % binWidth != 0) {
            throw new IllegalArgumentException("bin width must divide 100, not " + binWidth);
        }
        int binCount = 100 / binWidth;
        int[] counts = new int[binCount];
        int unscored = 0;
        for (double percent : percents) {
            if (Double.isNaN(percent)) {
                unscored++;
            } else {
                counts[Math.min((int) Math.floor(percent / binWidth), binCount - 1)]++;
            }
        }
        List<Bin> bins = new ArrayList<>();
        for (int k = 0; k < binCount; k++) {
            bins.add(new Bin(k * binWidth, (k + 1) * binWidth, counts[k]));
        }
        return new ScoreDistribution(bins, unscored);
    }
}
