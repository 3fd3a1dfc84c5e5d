package org.medialiteracy.kit.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medialiteracy.kit.lesson.ExerciseType;

/**
 * The score of one attempt at one exercise, as the results page and gradebook exports use it.
 *
 * <p>Points, by exercise type:
 * <ul>
 *   <li>LABEL_SENTENCES, FACT_OR_OPINION: earned = correctly labelled scored items, possible =
 *       scored items ({@link #labels()} holds accuracy, kappa, recall per label, confusion);</li>
 *   <li>MARK_ANONYMOUS_SOURCES: possible = key spans, earned = round(F1 × key spans), rounding
 *       halves up, so precision and recall both count ({@link #selection()} holds P/R/F1);</li>
 *   <li>FIND_UNSUPPORTED: possible = claims keyed UNSUPPORTED_ASSERTION in the passage, earned =
 *       round(F1 × possible), as for spans;</li>
 *   <li>COMPARE_ARTICLES: one point per correct prediction, out of 2 ({@link #comparison()}).</li>
 * </ul>
 * percent = 100 × earned / possible; NaN when nothing could be scored (the lesson checks refuse
 * such exercises).
 *
 * @param patterns plain-language sentences about the student's mistakes and strengths
 */
public record AttemptScore(String exerciseId, ExerciseType type, int pointsEarned, int pointsPossible,
                           Optional<LabelAgreement> labels, Optional<PrecisionRecall> selection,
                           Optional<CompareOutcome> comparison, List<String> patterns) {

    public AttemptScore {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(type, "type");
        patterns = List.copyOf(patterns);
    }

    public double percent() {
        return pointsPossible == 0 ? Double.NaN : 100.0 * pointsEarned / pointsPossible;
    }
}
