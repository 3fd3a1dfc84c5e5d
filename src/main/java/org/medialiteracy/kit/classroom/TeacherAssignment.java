package org.medialiteracy.kit.classroom;

import java.time.Instant;
import java.util.List;

/** An assignment in the teacher's list. */
public record TeacherAssignment(long id, String title, String lessonId, AssignmentMode mode, Instant opensAt,
                                Instant dueAt, List<String> classNames) {
}
