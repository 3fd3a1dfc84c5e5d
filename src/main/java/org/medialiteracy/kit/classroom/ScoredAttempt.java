package org.medialiteracy.kit.classroom;

import java.time.Instant;
import java.util.List;
import org.medialiteracy.kit.scoring.AttemptScore;

/** A submitted attempt with its scores per exercise and item by item. */
public record ScoredAttempt(long attemptId, int number, int pointsEarned, int pointsPossible, Instant submittedAt,
                            boolean late, List<AttemptScore> scores, List<AnsweredItem> items) {

    public ScoredAttempt {
        scores = List.copyOf(scores);
        items = List.copyOf(items);
    }

    /** Percent of the possible points, 0 when nothing could be scored. */
    public double percent() {
        return pointsPossible == 0 ? 0 : 100.0 * pointsEarned / pointsPossible;
    }
}
