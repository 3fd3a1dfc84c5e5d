package org.medialiteracy.kit.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medialiteracy.kit.classroom.AnsweredItem;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.scoring.ItemResult;

/**
 * One row per student and scored item of the attempt that counts, with that attempt's grade on every row;
 * a student who submitted nothing gets one row with the grade and item cells empty.
 */
final class DetailCsv {

    static final List<String> HEADER = List.of("Assignment ID", "Assignment", "Student ID", "Username", "Student",
            "Section", "Status", "Attempt", "Submitted At", "Late", "Points", "Points Possible", "Percent", "Lesson",
            "Exercise ID", "Exercise", "Sentence", "Item", "Key", "Answer", "Correct", "Answered At");

    private DetailCsv() {
    }

    static void write(List<AssignmentResults> assignments, CsvSheet sheet) throws IOException {
        HEADER.forEach(sheet::text);
        sheet.endRow();
        for (AssignmentResults assignment : assignments) {
            Map<String, String> exerciseTitles = assignment.lesson().exercises().stream()
                    .collect(Collectors.toMap(Exercise::id, Exercise::title));
            for (StudentResult result : assignment.students()) {
                if (result.counted().isEmpty()) {
                    student(sheet, assignment, result);
                    sheet.empty().empty().empty().empty().number(assignment.pointsPossible()).empty()
                            .text(assignment.lesson().id().value());
                    sheet.empty().empty().empty().empty().empty().empty().empty().empty();
                    sheet.endRow();
                    continue;
                }
                ScoredAttempt attempt = result.counted().get();
                for (AnsweredItem answered : attempt.items()) {
                    ItemResult item = answered.result();
                    student(sheet, assignment, result);
                    sheet.number(attempt.number()).time(attempt.submittedAt()).flag(attempt.late())
                            .number(attempt.pointsEarned()).number(attempt.pointsPossible())
                            .number(ExportValues.percent(attempt.percent()))
                            .text(assignment.lesson().id().value()).text(item.exerciseId())
                            .text(exerciseTitles.get(item.exerciseId()))
                            .number(item.sentence() < 0 ? null : item.sentence())
                            .text(item.item()).text(item.key()).text(item.answer()).flag(item.correct())
                            .time(answered.answeredAt());
                    sheet.endRow();
                }
            }
        }
    }

    private static void student(CsvSheet sheet, AssignmentResults assignment, StudentResult result) {
        sheet.number(assignment.assignmentId()).text(assignment.title()).number(result.student().studentId())
                .text(result.student().username()).text(result.student().displayName())
                .text(result.student().className()).text(result.status().name());
    }
}
