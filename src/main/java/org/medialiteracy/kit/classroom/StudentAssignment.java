package org.medialiteracy.kit.classroom;

import java.time.Instant;

/** An assignment as one student sees it in their list. */
public record StudentAssignment(long id, String title, String lessonId, AssignmentMode mode, Instant dueAt,
                                AssignmentStatus status, int attemptsUsed, int attemptsAllowed) {
}
