package org.medialiteracy.kit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentResults;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.AttemptChoice;
import org.medialiteracy.kit.classroom.AttemptService;
import org.medialiteracy.kit.classroom.AttemptState;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.GradebookService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.classroom.SchoolClass;
import org.medialiteracy.kit.classroom.ScoredAttempt;
import org.medialiteracy.kit.classroom.StudentResult;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.support.MutableClock;
import org.medialiteracy.kit.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Exports of stored attempts, parsed back, agree with what GradebookService gives the dashboard. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExportServiceIT {

    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired AssignmentService assignmentService;
    @Autowired AttemptService attemptService;
    @Autowired GradebookService gradebook;
    @Autowired ExportService exports;
    @Autowired LessonLibrary lessons;
    @Autowired MutableClock clock;

    private static long classId;
    private static long firstAssignment;

    /** Ana: two attempts, the second worse and late; Ben: one attempt each; Cyrus: nothing submitted. */
    @BeforeEach
    void aClassWithTwoAssignmentsAndMixedAttempts() {
        if (classId != 0) {
            return;
        }
        Lesson lesson = lessons.lessons().stream()
                .filter(l -> l.exercises().getFirst().type() == ExerciseType.LABEL_SENTENCES).findFirst().orElseThrow();
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        SchoolClass period3 = classroomService.createClass("rivera", "Period 3");
        classId = period3.getId();
        for (String[] student : new String[][] {{"ana", "Ana María López"}, {"ben", "Ben"}, {"cyrus", "=HYPERLINK(\"x\")"}}) {
            classroomService.joinAsNewStudent(period3.getJoinCode(), new NewAccount(student[0], student[1], "student-pass"));
        }
        firstAssignment = assign(lesson, "Label the news", 2);
        clock.advance(Duration.ofMinutes(1));
        long second = assign(lesson, "@Second look", 1);
        answerAndSubmit(lesson, "ana", firstAssignment, 3);
        answerAndSubmit(lesson, "ben", firstAssignment, 1);
        clock.advance(Duration.ofDays(2));
        answerAndSubmit(lesson, "ana", firstAssignment, 1);
        answerAndSubmit(lesson, "ben", second, 2);
    }

    private long assign(Lesson lesson, String title, int attempts) {
        return assignmentService.assign("rivera", new NewAssignment(lesson.id().value(), title, Set.of(classId),
                AssignmentMode.ASSESSMENT, null, clock.instant().plus(Duration.ofDays(1)), false, attempts)).getId();
    }

    private void answerAndSubmit(Lesson lesson, String student, long assignmentId, int right) {
        Exercise exercise = lesson.exercises().getFirst();
        List<KeyedSentence> items = exercise.scoredItems(lesson, 0);
        AttemptState attempt = attemptService.open(student, assignmentId);
        for (int i = 0; i < right; i++) {
            clock.advance(Duration.ofSeconds(7));
            attemptService.answer(student, attempt.attemptId(), exercise.id(), String.valueOf(items.get(i).index()),
                    items.get(i).label().name());
        }
        attemptService.submit(student, attempt.attemptId());
    }

    @ParameterizedTest
    @EnumSource(AttemptChoice.class)
    void canvas_moodle_and_google_files_show_the_gradebooks_numbers(AttemptChoice choice) {
        List<AssignmentResults> expected = gradebook.classResults("rivera", classId, choice);
        assertThat(expected).hasSize(2);

        List<CSVRecord> canvas = csv(ExportFormat.CANVAS, choice);
        List<CSVRecord> moodle = csv(ExportFormat.MOODLE, choice);
        List<CSVRecord> google = csv(ExportFormat.GOOGLE, choice);

        assertThat(canvas).hasSize(2 + 3);
        assertThat(moodle).hasSize(1 + 3);
        assertThat(google).hasSize(1 + 3);
        for (int a = 0; a < expected.size(); a++) {
            assertThat(Integer.parseInt(canvas.get(1).get(5 + 5 * a))).isEqualTo(expected.get(a).pointsPossible());
            for (CSVRecord row : canvas.subList(2, canvas.size())) {
                ExportWriterTest.assertGrade(row, 5 + 5 * a, ExportWriterTest.byUsername(expected.get(a), row.get(3)).counted());
            }
            for (CSVRecord row : moodle.subList(1, moodle.size())) {
                ExportWriterTest.assertGrade(row, 4 + 5 * a, ExportWriterTest.byUsername(expected.get(a), row.get(0)).counted());
            }
            for (CSVRecord row : google.subList(1, google.size())) {
                ExportWriterTest.assertGrade(row, 3 + 5 * a, ExportWriterTest.byUsername(expected.get(a), row.get(0)).counted());
            }
        }
        assertThat(canvas.get(0).get(10)).startsWith("'@Second look (");
        assertThat(canvas.stream().filter(r -> r.get(3).equals("cyrus")).findFirst().orElseThrow().get(0))
                .isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void best_and_last_attempts_differ_as_the_dashboard_says() {
        CSVRecord best = row(csv(ExportFormat.GOOGLE, AttemptChoice.BEST), "ana");
        CSVRecord last = row(csv(ExportFormat.GOOGLE, AttemptChoice.LAST), "ana");

        assertThat(best.values()).startsWith("ana", "Ana María", "López", "3");
        assertThat(best.get(6)).isEqualTo("false");
        assertThat(best.get(7)).isEqualTo("1");
        assertThat(last.get(3)).isEqualTo("1");
        assertThat(last.get(6)).isEqualTo("true");
        assertThat(last.get(7)).isEqualTo("2");
    }

    @ParameterizedTest
    @EnumSource(AttemptChoice.class)
    void detail_file_lists_every_item_of_the_counted_attempt(AttemptChoice choice) {
        List<AssignmentResults> expected = gradebook.classResults("rivera", classId, choice);
        List<CSVRecord> rows = csv(ExportFormat.DETAIL, choice);

        int expectedRows = 0;
        for (AssignmentResults assignment : expected) {
            for (StudentResult result : assignment.students()) {
                expectedRows += result.counted().map(a -> a.items().size()).orElse(1);
                List<CSVRecord> own = rows.stream().skip(1)
                        .filter(r -> r.get(0).equals(String.valueOf(assignment.assignmentId())))
                        .filter(r -> r.get(3).equals(result.student().username())).toList();
                if (result.counted().isEmpty()) {
                    assertThat(own).singleElement().satisfies(r -> assertThat(r.get(10)).isEmpty());
                    continue;
                }
                ScoredAttempt attempt = result.counted().get();
                assertThat(own).hasSize(attempt.items().size());
                for (int i = 0; i < own.size(); i++) {
                    CSVRecord row = own.get(i);
                    assertThat(Integer.parseInt(row.get(7))).isEqualTo(attempt.number());
                    assertThat(Instant.parse(row.get(8))).isEqualTo(attempt.submittedAt().truncatedTo(ChronoUnit.SECONDS));
                    assertThat(Boolean.parseBoolean(row.get(9))).isEqualTo(attempt.late());
                    assertThat(Integer.parseInt(row.get(10))).isEqualTo(attempt.pointsEarned());
                    assertThat(Double.parseDouble(row.get(12))).isCloseTo(attempt.percent(), within(0.005));
                    assertThat(Boolean.parseBoolean(row.get(20))).isEqualTo(attempt.items().get(i).result().correct());
                    Instant answeredAt = attempt.items().get(i).answeredAt();
                    assertThat(row.get(21)).isEqualTo(answeredAt == null ? "" : answeredAt.truncatedTo(ChronoUnit.SECONDS).toString());
                }
            }
        }
        assertThat(rows).hasSize(1 + expectedRows);
    }

    @Test
    void json_of_one_assignment_matches_the_gradebook() {
        AssignmentResults expected = gradebook.assignmentResults("rivera", firstAssignment, AttemptChoice.LAST);
        ExportFile file = exports.assignmentExport("rivera", firstAssignment,
                new ExportOptions(ExportFormat.JSON, AttemptChoice.LAST, false));
        JsonNode assignment = ExportParsing.json(text(file)).get("assignments").get(0);

        assertThat(file.fileName()).isEqualTo("assignment-" + firstAssignment + "-label-the-news-json-last.json");
        assertThat(assignment.get("title").asString()).isEqualTo("Label the news");
        for (int s = 0; s < expected.students().size(); s++) {
            StudentResult result = expected.students().get(s);
            JsonNode grade = assignment.get("students").get(s).get("grade");
            assertThat(assignment.get("students").get(s).get("attemptsUsed").asInt()).isEqualTo(result.attemptsUsed());
            if (result.counted().isEmpty()) {
                assertThat(grade.isNull()).isTrue();
                continue;
            }
            ScoredAttempt attempt = result.counted().get();
            assertThat(grade.get("points").asInt()).isEqualTo(attempt.pointsEarned());
            assertThat(grade.get("percent").asDouble()).isCloseTo(attempt.percent(), within(0.005));
            assertThat(grade.get("attempt").asInt()).isEqualTo(attempt.number());
            assertThat(grade.get("late").asBoolean()).isEqualTo(attempt.late());
            assertThat(Instant.parse(grade.get("submittedAt").asString()))
                    .isEqualTo(attempt.submittedAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(grade.get("items")).hasSize(attempt.items().size());
        }
    }

    @Test
    void only_the_owning_teacher_gets_an_export() {
        ExportOptions canvas = new ExportOptions(ExportFormat.CANVAS, AttemptChoice.BEST, false);
        assertThatThrownBy(() -> exports.classExport("okafor", classId, canvas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.assignmentExport("ana", firstAssignment, canvas))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static CSVRecord row(List<CSVRecord> rows, String username) {
        return rows.stream().filter(r -> r.get(0).equals(username)).findFirst().orElseThrow();
    }

    private List<CSVRecord> csv(ExportFormat format, AttemptChoice choice) {
        return ExportParsing.csv(text(exports.classExport("rivera", classId, new ExportOptions(format, choice, false))));
    }

    private static String text(ExportFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            file.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
