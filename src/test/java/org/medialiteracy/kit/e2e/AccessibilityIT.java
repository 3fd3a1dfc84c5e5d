package org.medialiteracy.kit.e2e;

import static java.util.Comparator.comparingInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.AttemptService;
import org.medialiteracy.kit.classroom.AttemptState;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.classroom.SchoolClass;
import org.medialiteracy.kit.lesson.Exercise;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every screen of the three roles, checked by Deque's axe-core against WCAG 2.2 A and AA in the browser: labels,
 * names, contrast, landmarks, target sizes. Each page is checked once its content is there, including the
 * player after an answer, the score, a student's answers opened by the teacher and a proposed key under review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // its test must not hold back others' practice
class AccessibilityIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired AccountService accounts;
    @Autowired ClassroomService classrooms;
    @Autowired AssignmentService assignments;
    @Autowired AttemptService attempts;
    @Autowired LessonLibrary library;

    /** The visitor plays the lesson with the most exercises; the class is tested on the one with the fewest. */
    private Lesson longest;
    private Lesson lesson;
    private long classId;
    private long assignmentId;

    /** A teacher, a class, and a student who has submitted a test with the first half of it answered right. */
    @BeforeEach
    void aClassWithSubmittedWork() {
        longest = library.lessons().stream().max(comparingInt(l -> l.exercises().size())).orElseThrow();
        lesson = library.lessons().stream().min(comparingInt(l -> l.exercises().size())).orElseThrow();
        accounts.create(new NewAccount("mensah", "Ms Mensah", "teacher-pass"), Role.TEACHER);
        SchoolClass period3 = classrooms.createClass("mensah", "Period 3");
        classId = period3.getId();
        classrooms.joinAsNewStudent(period3.getJoinCode(), new NewAccount("mia", "Mia", "mia-password"));
        assignmentId = assignments.assign("mensah", new NewAssignment(lesson.id().value(), lesson.title(),
                Set.of(classId), AssignmentMode.ASSESSMENT, null, null, false, 1)).getId();
        AttemptState attempt = attempts.open("mia", assignmentId);
        Exercise first = lesson.exercises().getFirst();
        List<KeyedSentence> items = first.scoredItems(lesson, 0);
        for (KeyedSentence item : items.subList(0, items.size() / 2)) {
            attempts.answer("mia", attempt.attemptId(), first.id(), String.valueOf(item.index()), item.label().name());
        }
        attempts.submit("mia", attempt.attemptId());
    }

    @Test
    void a_visitor_s_screens_pass() {
        WebDriver visitor = browser.open();
        List<String> problems = new ArrayList<>();
        problems.addAll(checkPage(visitor, "", By.cssSelector("#practice-lessons a")));
        problems.addAll(checkPage(visitor, "login", By.tagName("vaadin-login-form")));
        problems.addAll(checkPage(visitor, "join", By.id("join-code")));
        problems.addAll(checkPage(visitor, "practice/" + lesson.id().value(), By.tagName("h2"))); // held back: under test
        visitor.get(url("practice/" + longest.id().value()));
        ExercisePage player = new ExercisePage(visitor);
        for (int i = 0; i < longest.exercises().size(); i++) {
            player.openStep(i);
            problems.addAll(check(visitor, "exercise " + (i + 1)));
        }
        player.openStep(0);
        player.pressKey("2");
        player.awaitFeedback();
        problems.addAll(check(visitor, "an answer's explanation"));
        player.submit();
        problems.addAll(check(visitor, "the score"));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_teacher_s_screens_pass() {
        WebDriver teacher = signedIn("mensah", "teacher-pass");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("teacher", "teacher/lessons", "teacher/lessons/new", "teacher/colleagues",
                "teacher/lessons/" + longest.id().value() + "/key", "teacher/classes/" + classId,
                "teacher/assignments/" + assignmentId)) {
            problems.addAll(checkPage(teacher, page, By.tagName("h2")));
        }
        await(teacher, By.cssSelector("[id^='items-']")); // the last page above is the dashboard
        KitPages.click(teacher, "answers-mia");
        await(teacher, By.id("student-work"));
        problems.addAll(check(teacher, "a student's answers"));

        teacher.get(url("teacher/lessons/new"));
        KitPages.analyse(teacher, "City council voted 5-2 on Tuesday to add bus lanes. Officials say the plan will slow"
                + " traffic. I think it is overdue.");
        problems.addAll(check(teacher, "a proposed key under review"));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_student_s_screens_pass() {
        WebDriver student = signedIn("mia", "mia-password");
        List<String> problems = new ArrayList<>();
        await(student, By.id("assignments"));
        problems.addAll(check(student, "/student"));
        problems.addAll(checkPage(student, "student/assignments/" + assignmentId, By.id("total-score")));
        assertThat(problems).isEmpty();
    }

    private WebDriver signedIn(String username, String password) {
        WebDriver driver = browser.open();
        driver.get(url("login"));
        new KitPages.LoginPage(driver).signIn(username, password);
        await(driver, By.cssSelector("vaadin-side-nav"));
        return driver;
    }

    /** Opens a page, waits until it shows what it is for, and checks it. */
    private List<String> checkPage(WebDriver driver, String path, By ready) {
        driver.get(url(path));
        await(driver, ready);
        return check(driver, "/" + path);
    }

    /** Each violation as "screen: rule (impact): where", so a failure says what to fix. */
    private static List<String> check(WebDriver driver, String screen) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(WCAG).analyze(driver).getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                // A grid cell is a keyboard stop whose own area a link inside it covers; the link is the touch target.
                if (rule.getId().equals("target-size") && node.getHtml().startsWith("<td")) {
                    continue;
                }
                found.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " "
                        + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return found;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
