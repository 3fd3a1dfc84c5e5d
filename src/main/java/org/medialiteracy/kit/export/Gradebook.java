package org.medialiteracy.kit.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.RosterEntry;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;

/** Results turned into a grid: one row per student (in roster order), one column group per assignment. */
final class Gradebook {

    private final List<AssignmentResults> assignments;
    private final List<RosterEntry> students;
    private final List<Map<Long, StudentResult>> resultsByAssignment = new ArrayList<>();

    Gradebook(List<AssignmentResults> assignments) {
        this.assignments = List.copyOf(assignments);
        Map<Long, RosterEntry> roster = new LinkedHashMap<>();
        for (AssignmentResults assignment : this.assignments) {
            Map<Long, StudentResult> byStudent = new HashMap<>();
            for (StudentResult result : assignment.students()) {
                roster.putIfAbsent(result.student().studentId(), result.student());
                byStudent.put(result.student().studentId(), result);
            }
            resultsByAssignment.add(byStudent);
        }
        this.students = List.copyOf(roster.values());
    }

    List<AssignmentResults> assignments() {
        return assignments;
    }

    List<RosterEntry> students() {
        return students;
    }

    /** The attempt that counts for this student on the assignment at this column; empty if none was submitted. */
    Optional<ScoredAttempt> counted(int assignment, RosterEntry student) {
        StudentResult result = resultsByAssignment.get(assignment).get(student.studentId());
        return result == null ? Optional.empty() : result.counted();
    }

    /** Titles as column names; a title two assignments share gets the assignment id, as headers must differ. */
    List<String> uniqueTitles() {
        Map<String, Integer> uses = new HashMap<>();
        assignments.forEach(a -> uses.merge(a.title(), 1, Integer::sum));
        return assignments.stream()
                .map(a -> uses.get(a.title()) > 1 ? a.title() + " (" + a.assignmentId() + ")" : a.title())
                .toList();
    }
}
