package org.medialiteracy.kit.classroom;

import java.time.Instant;
import java.util.List;

/** An attempt with every answer stored so far: what the player needs to resume. */
public record AttemptState(long attemptId, long assignmentId, String lessonId, String title, AssignmentMode mode,
                           int number, int attemptsAllowed, Instant submittedAt, boolean late,
                           List<GivenAnswer> answers) {

    public AttemptState {
        answers = List.copyOf(answers);
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
