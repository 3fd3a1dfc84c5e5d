package org.medialiteracy.kit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The status codes as a real client sees them, error pages included (MockMvc skips the servlet's error dispatch). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExportHttpIT {

    @LocalServerPort int port;
    @Autowired AccountService accountService;
    @Autowired ClassroomService classroomService;
    @Autowired AssignmentService assignmentService;
    @Autowired LessonLibrary lessons;

    private static long assignmentId;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void riveraHasAnAssignment() {
        if (assignmentId != 0) {
            return;
        }
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        accountService.create(new NewAccount("okafor", "Mr Okafor", "teacher-pass"), Role.TEACHER);
        long classId = classroomService.createClass("rivera", "Period 3").getId();
        String lesson = lessons.lessons().getFirst().id().value();
        assignmentId = assignmentService.assign("rivera", new NewAssignment(lesson, "Label the news", Set.of(classId),
                AssignmentMode.ASSESSMENT, null, null, false, 1)).getId();
    }

    @Test
    void statuses_over_http() throws Exception {
        assertThat(get("format=canvas", "rivera:teacher-pass").statusCode()).isEqualTo(200);
        assertThat(get("format=canvas", "okafor:teacher-pass").statusCode()).isEqualTo(403);
        assertThat(get("format=xlsx", "rivera:teacher-pass").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = get("attempt=best", "rivera:teacher-pass");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("The parameter 'format' is missing");
        assertThat(get("format=canvas", "rivera:wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> anonymous = get("format=canvas", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void a_non_numeric_id_is_a_400() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/assignments/seven/export?format=canvas"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "rivera:teacher-pass".getBytes(StandardCharsets.UTF_8))).build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String query, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/assignments/" + assignmentId + "/export?" + query));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
