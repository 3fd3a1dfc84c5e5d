package org.medialiteracy.kit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;
import static org.medialiteracy.kit.e2e.Browser.awaitText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A fresh kit: the first teacher sets it up, creates a class, and a student joins it in a second browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext // needs an empty database; leaves a teacher behind
class FirstRunJourneyIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void first_teacher_sets_up_the_kit_and_a_student_joins_with_the_code() throws Exception {
        WebDriver teacher = browser.open();
        teacher.get(url(""));
        await(teacher, By.id("setup-create"));
        new KitPages.SetupPage(teacher).createTeacher("Ms Rivera", "rivera", "correct horse");

        new KitPages.LoginPage(teacher).signIn("rivera", "correct horse");
        await(teacher, By.id("new-class-name"));
        KitPages.type(teacher, "new-class-name", "Period 3");
        KitPages.click(teacher, "create-class");
        awaitText(teacher, By.id("class-grid"), "Period 3");
        String joinCode = teacher.findElement(By.id("class-grid")).getText().lines()
                .filter(line -> line.matches("[A-Z2-9]{6}")).findFirst().orElseThrow();
        Browser.screenshot(teacher, Browser.SCREENSHOTS_FOR_DOCS.resolve("teacher-classes.png"));

        WebDriver student = browser.open();
        student.get(url("join"));
        new KitPages.JoinPage(student).join(joinCode, "Ana", "ana", "ana-password");
        new KitPages.LoginPage(student).signIn("ana", "ana-password");
        awaitText(student, By.id("student-classes"), "Period 3");

        teacher.navigate().refresh();
        awaitText(teacher, By.id("class-grid"), "Period 3");
        assertThat(teacher.findElement(By.id("class-grid")).getText()).contains("1");
    }

    @Test
    void a_student_page_is_closed_to_visitors_who_have_not_signed_in() {
        WebDriver visitor = browser.open();
        visitor.get(url("student"));
        await(visitor, By.cssSelector("vaadin-login-form"));
        assertThat(visitor.getCurrentUrl()).endsWith("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
