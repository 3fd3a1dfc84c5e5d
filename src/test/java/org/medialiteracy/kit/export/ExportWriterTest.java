package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.medialiteracy.kit.export.ExportFixtures.SUBMITTED;
import static org.medialiteracy.kit.export.ExportFixtures.attempt;
import static org.medialiteracy.kit.export.ExportFixtures.notSubmitted;
import static org.medialiteracy.kit.export.ExportFixtures.student;
import static org.medialiteracy.kit.export.ExportFixtures.submitted;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AnsweredItem;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.lesson.Lesson;
import tools.jackson.databind.JsonNode;

/** Every format, parsed back, shows the numbers of the results it was written from. */
class ExportWriterTest {

    private static Lesson lesson;
    private static AssignmentResults first;
    private static AssignmentResults second;

    @BeforeAll
    static void twoAssignmentsOfOneClass() {
        lesson = ExportFixtures.lesson();
        var ana = student(11, "ana", "Ana María López");
        var ben = student(12, "ben", "Ludwig van Beethoven");
        var cy = student(13, "cy", "Cy");
        first = ExportFixtures.results(7, "Fact or opinion", lesson, List.of(
                submitted(ana, attempt(lesson, 101, 2, 20, SUBMITTED, true)),
                submitted(ben, attempt(lesson, 102, 1, 5, SUBMITTED.plus(Duration.ofHours(1)), false)),
                notSubmitted(cy)));
        second = ExportFixtures.results(9, "Fact or opinion", lesson, List.of(
                notSubmitted(ana),
                submitted(ben, attempt(lesson, 103, 1, 26, SUBMITTED.plus(Duration.ofDays(1)), false)),
                submitted(cy, attempt(lesson, 104, 3, 0, SUBMITTED.plus(Duration.ofDays(2)), true))));
    }

    @Test
    void canvas_file_has_canvas_columns_points_possible_row_and_each_grade() {
        List<CSVRecord> rows = csv(ExportFormat.CANVAS, first, second);

        assertThat(rows.get(0).values()).startsWith("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                "Fact or opinion (7)", "Fact or opinion (7) [percent]", "Fact or opinion (7) [submitted at]",
                "Fact or opinion (7) [late]", "Fact or opinion (7) [attempt]", "Fact or opinion (9)");
        assertThat(rows.get(1).values()).startsWith("    Points Possible", "", "", "", "",
                String.valueOf(first.pointsPossible()), "(read only)", "(read only)", "(read only)", "(read only)",
                String.valueOf(second.pointsPossible()));
        assertThat(rows).hasSize(2 + 3);
        for (CSVRecord row : rows.subList(2, rows.size())) {
            StudentResult result = byUsername(first, row.get(3));
            assertThat(row.get(0)).isEqualTo(result.student().displayName());
            assertThat(row.get(1)).isEqualTo(String.valueOf(result.student().studentId()));
            assertThat(row.get(2)).isEmpty();
            assertThat(row.get(4)).isEqualTo("Period 3");
            assertGrade(row, 5, result.counted());
            assertGrade(row, 10, byUsername(second, row.get(3)).counted());
        }
    }

    @Test
    void moodle_file_matches_by_username_and_gives_each_grade_item_a_distinct_column() {
        List<CSVRecord> rows = csv(ExportFormat.MOODLE, first, second);

        assertThat(rows.get(0).values()).startsWith("Username", "ID number", "First name", "Last name",
                "Fact or opinion (7)", "Fact or opinion (7) [percent]");
        assertThat(rows.get(0).get(9)).isEqualTo("Fact or opinion (9)");
        for (CSVRecord row : rows.subList(1, rows.size())) {
            StudentResult result = byUsername(first, row.get(0));
            assertThat(row.get(1)).isEqualTo(String.valueOf(result.student().studentId()));
            assertGrade(row, 4, result.counted());
            assertGrade(row, 9, byUsername(second, row.get(0)).counted());
        }
        assertThat(rows.get(2).values()).startsWith("ben", "12", "Ludwig", "van Beethoven");
    }

    @Test
    void google_file_splits_names_and_leaves_a_single_name_as_first_name() {
        List<CSVRecord> rows = csv(ExportFormat.GOOGLE, first);

        assertThat(rows.get(0).values()).containsExactly("Username", "First Name", "Last Name", "Fact or opinion",
                "Fact or opinion [percent]", "Fact or opinion [submitted at]", "Fact or opinion [late]",
                "Fact or opinion [attempt]");
        assertThat(rows.get(1).values()).startsWith("ana", "Ana María", "López");
        assertThat(rows.get(3).values()).startsWith("cy", "Cy", "");
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertGrade(row, 3, byUsername(first, row.get(0)).counted());
        }
    }

    @Test
    void students_without_a_submission_get_empty_cells_not_zero() {
        CSVRecord cy = csv(ExportFormat.GOOGLE, first).get(3);

        assertThat(cy.values()).containsExactly("cy", "Cy", "", "", "", "", "", "");
    }

    @Test
    void detail_file_has_a_row_per_item_with_its_attempt_and_one_row_for_a_missing_submission() {
        List<CSVRecord> rows = csv(ExportFormat.DETAIL, first);
        List<String> header = List.of(rows.get(0).values());
        assertThat(header).isEqualTo(DetailCsv.HEADER);
        ScoredAttempt ana = first.students().get(0).counted().orElseThrow();
        ScoredAttempt ben = first.students().get(1).counted().orElseThrow();
        assertThat(rows).hasSize(1 + ana.items().size() + ben.items().size() + 1);

        for (int i = 0; i < ana.items().size(); i++) {
            CSVRecord row = rows.get(1 + i);
            AnsweredItem item = ana.items().get(i);
            assertThat(row.get(3)).isEqualTo("ana");
            assertThat(row.get(6)).isEqualTo("SUBMITTED_LATE");
            assertThat(Integer.parseInt(row.get(7))).isEqualTo(ana.number());
            assertThat(Instant.parse(row.get(8))).isEqualTo(ana.submittedAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(Boolean.parseBoolean(row.get(9))).isEqualTo(ana.late());
            assertThat(Integer.parseInt(row.get(10))).isEqualTo(ana.pointsEarned());
            assertThat(Integer.parseInt(row.get(11))).isEqualTo(ana.pointsPossible());
            assertThat(Double.parseDouble(row.get(12))).isCloseTo(ana.percent(), within(0.005));
            assertThat(row.get(13)).isEqualTo(lesson.id().value());
            assertThat(row.get(14)).isEqualTo(item.result().exerciseId());
            assertThat(row.get(15)).isEqualTo(lesson.exercise(item.result().exerciseId()).orElseThrow().title());
            assertThat(Integer.parseInt(row.get(16))).isEqualTo(item.result().sentence());
            assertThat(row.get(17)).isEqualTo(FormulaGuard.neutralise(item.result().item()));
            assertThat(row.get(18)).isEqualTo(item.result().key());
            assertThat(row.get(19)).isEqualTo(item.result().answer());
            assertThat(Boolean.parseBoolean(row.get(20))).isEqualTo(item.result().correct());
            assertThat(Instant.parse(row.get(21))).isEqualTo(item.answeredAt().truncatedTo(ChronoUnit.SECONDS));
        }
        CSVRecord cy = rows.getLast();
        assertThat(cy.get(3)).isEqualTo("cy");
        assertThat(cy.get(6)).isEqualTo("NOT_STARTED");
        assertThat(List.of(cy.get(7), cy.get(8), cy.get(9), cy.get(10), cy.get(12))).allMatch(String::isEmpty);
        assertThat(cy.get(11)).isEqualTo(String.valueOf(first.pointsPossible()));
    }

    @Test
    void json_holds_every_grade_item_and_exercise_score() {
        JsonNode root = ExportParsing.json(ExportParsing.write(List.of(first, second),
                new ExportOptions(ExportFormat.JSON, AttemptChoice.LAST, true)));

        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("exportedAt").asString()).isEqualTo("2026-09-03T09:00:00Z");
        assertThat(root.get("attemptChoice").asString()).isEqualTo("LAST");
        assertThat(root.get("assignments")).hasSize(2);
        JsonNode assignment = root.get("assignments").get(0);
        assertThat(assignment.get("assignmentId").asLong()).isEqualTo(7);
        assertThat(assignment.get("pointsPossible").asInt()).isEqualTo(first.pointsPossible());
        assertThat(assignment.get("dueAt").asString()).isEqualTo("2026-09-02T12:00:00Z");
        for (int s = 0; s < first.students().size(); s++) {
            StudentResult result = first.students().get(s);
            JsonNode student = assignment.get("students").get(s);
            assertThat(student.get("username").asString()).isEqualTo(result.student().username());
            assertThat(student.get("status").asString()).isEqualTo(result.status().name());
            if (result.counted().isEmpty()) {
                assertThat(student.get("grade").isNull()).isTrue();
                continue;
            }
            ScoredAttempt attempt = result.counted().get();
            JsonNode grade = student.get("grade");
            assertThat(grade.get("attempt").asInt()).isEqualTo(attempt.number());
            assertThat(grade.get("points").asInt()).isEqualTo(attempt.pointsEarned());
            assertThat(grade.get("percent").asDouble()).isCloseTo(attempt.percent(), within(0.005));
            assertThat(Instant.parse(grade.get("submittedAt").asString()))
                    .isEqualTo(attempt.submittedAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(grade.get("late").asBoolean()).isEqualTo(attempt.late());
            assertThat(grade.get("exercises")).hasSize(attempt.scores().size());
            assertThat(grade.get("exercises").get(0).get("points").asInt())
                    .isEqualTo(attempt.scores().getFirst().pointsEarned());
            assertThat(grade.get("items")).hasSize(attempt.items().size());
            JsonNode item = grade.get("items").get(0);
            AnsweredItem expected = attempt.items().getFirst();
            assertThat(item.get("item").asString()).isEqualTo(expected.result().item());
            assertThat(item.get("sentence").asInt()).isEqualTo(expected.result().sentence());
            assertThat(item.get("correct").asBoolean()).isEqualTo(expected.result().correct());
        }
    }

    @Test
    void excel_option_starts_csv_with_a_byte_order_mark_and_json_never() {
        String withBom = ExportParsing.write(List.of(first), new ExportOptions(ExportFormat.CANVAS, AttemptChoice.BEST, true));
        String without = ExportParsing.write(List.of(first), new ExportOptions(ExportFormat.CANVAS, AttemptChoice.BEST, false));
        String json = ExportParsing.write(List.of(first), new ExportOptions(ExportFormat.JSON, AttemptChoice.BEST, true));

        assertThat(withBom).startsWith("\uFEFFStudent,");
        assertThat(without).startsWith("Student,");
        assertThat(json).startsWith("{");
    }

    @Test
    void percent_has_two_decimals_and_times_are_utc_to_the_second() {
        CSVRecord ana = csv(ExportFormat.GOOGLE, first).get(1);

        assertThat(ana.get(4)).isEqualTo("76.92");
        assertThat(ana.get(5)).isEqualTo("2026-09-02T14:30:15Z");
        assertThat(ana.get(6)).isEqualTo("true");
        assertThat(ana.get(7)).isEqualTo("2");
    }

    static List<CSVRecord> csv(ExportFormat format, AssignmentResults... results) {
        return ExportParsing.csv(ExportParsing.write(List.of(results), new ExportOptions(format, AttemptChoice.BEST, false)));
    }

    static StudentResult byUsername(AssignmentResults results, String username) {
        return results.students().stream().filter(s -> s.student().username().equals(username)).findFirst().orElseThrow();
    }

    /** The five grade columns starting at {@code column}, checked against the attempt (or empty without one). */
    static void assertGrade(CSVRecord row, int column, Optional<ScoredAttempt> counted) {
        if (counted.isEmpty()) {
            assertThat(List.of(row.get(column), row.get(column + 1), row.get(column + 2), row.get(column + 3),
                    row.get(column + 4))).allMatch(String::isEmpty);
            return;
        }
        ScoredAttempt attempt = counted.get();
        assertThat(Integer.parseInt(row.get(column))).isEqualTo(attempt.pointsEarned());
        assertThat(Double.parseDouble(row.get(column + 1))).isCloseTo(attempt.percent(), within(0.005));
        assertThat(Instant.parse(row.get(column + 2))).isEqualTo(attempt.submittedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(Boolean.parseBoolean(row.get(column + 3))).isEqualTo(attempt.late());
        assertThat(Integer.parseInt(row.get(column + 4))).isEqualTo(attempt.number());
    }
}
