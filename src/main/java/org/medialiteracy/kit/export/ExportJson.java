package org.medialiteracy.kit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medialiteracy.kit.classroom.AnsweredItem;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.scoring.AttemptScore;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Everything the CSV files hold, and each exercise's score, as one JSON document ({@code docs/export.schema.json}). */
final class ExportJson {

    static final int SCHEMA_VERSION = 1;

    /** Leaves the caller's stream open: a servlet or download handler closes its own. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ExportJson() {
    }

    static void write(List<AssignmentResults> assignments, AttemptChoice choice, Instant exportedAt, OutputStream out)
            throws IOException {
        Document document = new Document(SCHEMA_VERSION, ExportValues.utc(exportedAt), choice.name(),
                assignments.stream().map(ExportJson::assignment).toList());
        MAPPER.writeValue(out, document);
        out.flush();
    }

    private static AssignmentJson assignment(AssignmentResults results) {
        Map<String, String> titles = results.lesson().exercises().stream()
                .collect(Collectors.toMap(Exercise::id, Exercise::title));
        return new AssignmentJson(results.assignmentId(), results.title(), results.lesson().id().value(),
                results.lesson().title(), results.mode().name(), ExportValues.utc(results.dueAt()),
                results.pointsPossible(), results.students().stream().map(s -> student(s, titles)).toList());
    }

    private static StudentJson student(StudentResult result, Map<String, String> exerciseTitles) {
        NameParts name = NameParts.of(result.student().displayName());
        return new StudentJson(result.student().studentId(), result.student().username(),
                result.student().displayName(), name.first(), name.last(), result.student().classId(),
                result.student().className(), result.status().name(), result.attemptsUsed(),
                result.counted().map(attempt -> grade(attempt, exerciseTitles)).orElse(null));
    }

    private static GradeJson grade(ScoredAttempt attempt, Map<String, String> exerciseTitles) {
        return new GradeJson(attempt.number(), attempt.pointsEarned(), attempt.pointsPossible(),
                ExportValues.percent(attempt.percent()), ExportValues.utc(attempt.submittedAt()), attempt.late(),
                attempt.scores().stream().map(ExportJson::exercise).toList(),
                attempt.items().stream().map(item -> item(item, exerciseTitles)).toList());
    }

    private static ExerciseJson exercise(AttemptScore score) {
        return new ExerciseJson(score.exerciseId(), score.type().name(), score.pointsEarned(), score.pointsPossible());
    }

    private static ItemJson item(AnsweredItem answered, Map<String, String> exerciseTitles) {
        var item = answered.result();
        return new ItemJson(item.exerciseId(), exerciseTitles.get(item.exerciseId()),
                item.sentence() < 0 ? null : item.sentence(), item.item(), item.key(), item.answer(), item.correct(),
                ExportValues.utc(answered.answeredAt()));
    }

    record Document(int schemaVersion, String exportedAt, String attemptChoice, List<AssignmentJson> assignments) {
    }

    record AssignmentJson(long assignmentId, String title, String lessonId, String lessonTitle, String mode,
                          String dueAt, int pointsPossible, List<StudentJson> students) {
    }

    record StudentJson(long studentId, String username, String displayName, String firstName, String lastName,
                       long classId, String className, String status, int attemptsUsed, GradeJson grade) {
    }

    record GradeJson(int attempt, int points, int pointsPossible, BigDecimal percent, String submittedAt, boolean late,
                     List<ExerciseJson> exercises, List<ItemJson> items) {
    }

    record ExerciseJson(String exerciseId, String type, int points, int pointsPossible) {
    }

    record ItemJson(String exerciseId, String exercise, Integer sentence, String item, String key, String answer,
                    boolean correct, String answeredAt) {
    }
}
