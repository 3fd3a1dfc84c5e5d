package org.medialiteracy.kit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
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
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExportControllerIT {

    @Autowired MockMvc mvc;
    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired AssignmentService assignmentService;
    @Autowired AttemptService attemptService;
    @Autowired GradebookService gradebook;
    @Autowired LessonLibrary lessons;

    private static long assignmentId;
    private static long classId;

    @BeforeEach
    void riveraHasAClassWhereAnaSubmitted() {
        if (assignmentId != 0) {
            return;
        }
        Lesson lesson = lessons.lessons().stream()
                .filter(l -> l.exercises().getFirst().type() == ExerciseType.LABEL_SENTENCES).findFirst().orElseThrow();
        Exercise exercise = lesson.exercises().getFirst();
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        SchoolClass period3 = classroomService.createClass("rivera", "Period 3");
        classId = period3.getId();
        for (String student : new String[] {"ana", "ben"}) {
            classroomService.joinAsNewStudent(period3.getJoinCode(), new NewAccount(student, "Student " + student, "student-pass"));
        }
        assignmentId = assignmentService.assign("rivera", new NewAssignment(lesson.id().value(), "Label the news",
                Set.of(classId), AssignmentMode.ASSESSMENT, null, null, false, 1)).getId();
        KeyedSentence item = exercise.scoredItems(lesson, 0).getFirst();
        AttemptState attempt = attemptService.open("ana", assignmentId);
        attemptService.answer("ana", attempt.attemptId(), exercise.id(), String.valueOf(item.index()), item.label().name());
        attemptService.submit("ana", attempt.attemptId());
    }

    @Test
    void the_teacher_downloads_a_canvas_file_with_the_dashboards_numbers() throws Exception {
        MvcResult result = mvc.perform(get("/api/assignments/{id}/export", assignmentId)
                        .param("format", "canvas").param("attempt", "best").with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"assignment-" + assignmentId + "-label-the-news-canvas-best.csv\""))
                .andReturn();

        List<CSVRecord> rows = csv(result);
        ScoredAttempt ana = gradebook.assignmentResults("rivera", assignmentId, AttemptChoice.BEST).students().getFirst()
                .counted().orElseThrow();
        assertThat(rows.get(0).get(5)).isEqualTo("Label the news (" + assignmentId + ")");
        assertThat(rows.get(2).values()).startsWith("Student ana");
        assertThat(rows.get(2).get(3)).isEqualTo("ana");
        assertThat(Integer.parseInt(rows.get(2).get(5))).isEqualTo(ana.pointsEarned()).isEqualTo(1);
        assertThat(rows.get(2).get(9)).isEqualTo(String.valueOf(ana.number()));
        assertThat(rows.get(3).get(5)).isEmpty();
    }

    @Test
    void every_format_is_served_with_its_content_type() throws Exception {
        for (String format : List.of("canvas", "moodle", "google", "detail")) {
            mvc.perform(get("/api/classes/{id}/export", classId).param("format", format).param("attempt", "last")
                            .with(httpBasic("rivera", "teacher-pass")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/csv;charset=UTF-8"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"class-" + classId + "-period-3-" + format + "-last.csv\""));
        }
        mvc.perform(get("/api/classes/{id}/export", classId).param("format", "json")
                        .with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/json"))
                .andExpect(jsonPath("$.attemptChoice").value("BEST"))
                .andExpect(jsonPath("$.assignments[0].students[0].username").value("ana"))
                .andExpect(jsonPath("$.assignments[0].students[0].grade.points").value(1))
                .andExpect(jsonPath("$.assignments[0].students[1].grade").isEmpty());
    }

    @Test
    void excel_option_adds_the_byte_order_mark() throws Exception {
        byte[] body = mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "google")
                        .param("bom", "true").with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void a_student_another_teacher_and_an_unknown_id_get_403() throws Exception {
        mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "canvas")
                        .with(httpBasic("ana", "student-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "canvas")
                        .with(httpBasic("okafor", "teacher-pass")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This assignment is not one of yours."));
        mvc.perform(get("/api/classes/{id}/export", classId).param("format", "json")
                        .with(httpBasic("okafor", "teacher-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/assignments/{id}/export", 999_999).param("format", "canvas")
                        .with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/classes/{id}/export", 999_999).param("format", "canvas")
                        .with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_format_or_attempt_is_a_400_that_says_what_is_known() throws Exception {
        mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "xlsx")
                        .with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown export format 'xlsx'. Use one of: canvas, moodle, google, detail, json."));
        mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "canvas").param("attempt", "first")
                        .with(httpBasic("rivera", "teacher-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Unknown attempt choice 'first'. Use best or last."));
    }

    @Test
    void without_credentials_the_api_answers_401() throws Exception {
        mvc.perform(get("/api/assignments/{id}/export", assignmentId).param("format", "canvas"))
                .andExpect(status().isUnauthorized());
    }

    private static List<CSVRecord> csv(MvcResult result) throws Exception {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
    }
}
