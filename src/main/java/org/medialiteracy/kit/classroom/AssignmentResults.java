package org.medialiteracy.kit.classroom;

import java.time.Instant;
import java.util.List;
import org.medialiteracy.kit.lesson.Lesson;

/** Every student's result on one assignment, as the dashboard and the exports show it. */
public record AssignmentResults(long assignmentId, String title, Lesson lesson, AssignmentMode mode, Instant dueAt,
                                int pointsPossible, AttemptChoice choice, List<StudentResult> students) {

    public AssignmentResults {
        students = List.copyOf(students);
    }
}
