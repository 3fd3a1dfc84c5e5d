package org.medialiteracy.kit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.medialiteracy.kit.Application;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.AssignmentMode;
import org.medialiteracy.kit.classroom.AssignmentService;
import org.medialiteracy.kit.classroom.AssignmentStatus;
import org.medialiteracy.kit.classroom.ClassroomService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.NewAssignment;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.classroom.SchoolClass;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing a student gives is lost: answers survive a reload, show up in a second tab, and survive a server
 * restart on the same database file; submitting records one submission and the score stays.
 */
class AssignmentResumeIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path data;

    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void answers_survive_a_reload_a_second_tab_and_a_server_restart() {
        app = start();
        LessonPicker.Found found = new LessonPicker(app.getBean(LessonLibrary.class)).first(ExerciseType.LABEL_SENTENCES);
        long assignmentId = assignToAna(found);
        List<KeyedSentence> items = found.exercise().scoredItems(found.lesson(), 0);
        String url = "/student/assignments/" + assignmentId;

        WebDriver ana = browser.open();
        signIn(ana, url);
        ExercisePage page = new ExercisePage(ana);
        if (found.step() > 0) {
            page.openStep(found.step());
        }
        page.pressKey("2");
        page.awaitSaved();
        page.next();
        page.clickChoice(items.get(1).label().name());
        page.awaitSaved();
        String progress = "2 of ";
        page.awaitProgress(progress);

        ana.navigate().refresh();
        page.awaitProgress(progress);

        ana.switchTo().newWindow(WindowType.TAB);
        ana.get(base() + url);
        page.awaitProgress(progress);

        app.close();
        app = start();
        signIn(ana, url);
        page.awaitProgress(progress);
        if (found.step() > 0) {
            page.openStep(found.step());
        }
        assertThat(page.currentSentence()).isEqualTo(items.get(2).text());
        await(ana, By.id("previous-item")).click();
        await(ana, By.cssSelector("#choice-" + items.get(1).label().name() + "[aria-pressed='true']"));

        String score = page.submit();
        assertThat(score).startsWith("Your score: ");
        ana.navigate().refresh();
        assertThat(await(ana, By.id("total-score")).getText()).isEqualTo(score);
        assertThat(app.getBean(AssignmentService.class).assignmentsOfStudent("ana").getFirst().status())
                .isEqualTo(AssignmentStatus.SUBMITTED);
    }

    private long assignToAna(LessonPicker.Found found) {
        app.getBean(AccountService.class).create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        ClassroomService classrooms = app.getBean(ClassroomService.class);
        SchoolClass period3 = classrooms.createClass("rivera", "Period 3");
        classrooms.joinAsNewStudent(period3.getJoinCode(), new NewAccount("ana", "Ana", "ana-password"));
        return app.getBean(AssignmentService.class).assign("rivera", new NewAssignment(found.lesson().id().value(),
                found.lesson().title(), Set.of(period3.getId()), AssignmentMode.ASSESSMENT, null, null, false, 1)).getId();
    }

    private void signIn(WebDriver driver, String url) {
        driver.get(base() + url);
        new KitPages.LoginPage(driver).signIn("ana", "ana-password");
        await(driver, By.id("progress-text"));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--kit.data-dir=" + data,
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("kit").toAbsolutePath());
    }

    private String base() {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }
}
