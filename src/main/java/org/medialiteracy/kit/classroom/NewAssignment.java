package org.medialiteracy.kit.classroom;

import java.time.Instant;
import java.util.Set;

/** What a teacher picks when assigning a lesson. */
public record NewAssignment(String lessonId, String title, Set<Long> classIds, AssignmentMode mode,
                            Instant opensAt, Instant dueAt, boolean closeAtDue, int attemptsAllowed) {

    public NewAssignment {
        if (lessonId == null || lessonId.isBlank()) {
            throw new AccountProblem("Pick a lesson to assign.");
        }
        title = title == null || title.isBlank() ? lessonId : title.strip();
        classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
        if (classIds.isEmpty()) {
            throw new AccountProblem("Pick at least one class.");
        }
        if (mode == null) {
            throw new AccountProblem("Choose practice or assessment.");
        }
        if (attemptsAllowed < 1 || attemptsAllowed > 20) {
            throw new AccountProblem("Allow between 1 and 20 attempts.");
        }
        if (opensAt != null && dueAt != null && !dueAt.isAfter(opensAt)) {
            throw new AccountProblem("The due date must come after the date the assignment opens.");
        }
        if (closeAtDue && dueAt == null) {
            throw new AccountProblem("Set a due date to close the assignment at it.");
        }
    }
}
