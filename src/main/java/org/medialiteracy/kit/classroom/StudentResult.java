package org.medialiteracy.kit.classroom;

import java.util.Optional;

/** One student's standing on one assignment: status, attempts, and the attempt that counts. */
public record StudentResult(RosterEntry student, AssignmentStatus status, int attemptsUsed,
                            Optional<ScoredAttempt> counted) {
}
