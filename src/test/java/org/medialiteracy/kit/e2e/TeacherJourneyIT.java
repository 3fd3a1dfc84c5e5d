package org.medialiteracy.kit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;
import static org.medialiteracy.kit.e2e.Browser.awaitText;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole journey in two browsers: a teacher creates a class, a student joins with its code, the teacher
 * builds a lesson from a pasted article and assigns it, the student completes it, the teacher sees the result
 * and the item analysis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kit.lessons-dir=target/journey-lessons-${random.uuid}")
@ActiveProfiles("test")
@DirtiesContext
class TeacherJourneyIT {

    static final String ARTICLE = """
            City council approves new bus lanes

            The city council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ortiz said.
            The lanes will cost $2.6 million and open in March.
            A senior city official, who asked not to be named, said two councillors had tried to delay the vote.
            I think the plan is a bold and overdue step.
            Drivers always oppose anything that slows them down.
            """;
    private static final Path DOCS = Browser.SCREENSHOTS_FOR_DOCS;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @TempDir
    Path downloads;

    @Autowired
    AccountService accounts;

    @Test
    void teacher_and_student_go_from_a_new_class_to_results() throws Exception {
        accounts.createFirstTeacher(new NewAccount("rivera", "Ms Rivera", "teacher-pass"));
        WebDriver teacher = browser.open(downloads);
        teacher.get(url("login"));
        new KitPages.LoginPage(teacher).signIn("rivera", "teacher-pass");
        KitPages.type(teacher, "new-class-name", "Period 5");
        KitPages.click(teacher, "create-class");
        awaitText(teacher, By.id("class-grid"), "Period 5");
        String joinCode = teacher.findElement(By.id("class-grid")).getText().lines()
                .filter(line -> line.matches("[A-Z2-9]{6}")).findFirst().orElseThrow();

        WebDriver student = browser.open();
        student.get(url("join"));
        new KitPages.JoinPage(student).join(joinCode, "Ana", "ana", "ana-password");
        new KitPages.LoginPage(student).signIn("ana", "ana-password");
        awaitText(student, By.id("student-classes"), "Period 5");

        teacher.get(url("teacher/lessons/new"));
        KitPages.analyse(teacher, ARTICLE);
        KitPages.type(teacher, "builder-title", "Bus lanes");
        teacher.findElement(By.cssSelector("#builder-objectives textarea")).sendKeys("Tell a named source from an unnamed one");
        teacher.findElement(By.cssSelector("#builder-title input")).sendKeys(Keys.TAB);
        new WebDriverWait(teacher, Duration.ofSeconds(10)).until(d ->
                "bus-lanes".equals(d.findElement(By.cssSelector("#builder-id input")).getDomProperty("value")));
        Browser.screenshot(teacher, DOCS.resolve("lesson-builder.png"));
        scrollAndClick(teacher, await(teacher, By.id("builder-save")));
        awaitText(teacher, By.id("builder-message"), "Saved \"Bus lanes\"");

        teacher.get(url("teacher"));
        WebElement lesson = await(teacher, By.cssSelector("#assign-lesson input"));
        lesson.sendKeys("Bus lanes");
        await(teacher, By.cssSelector("#assign-lesson[opened]"));
        lesson.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await(teacher, By.cssSelector("#assign-lesson[has-value]"));
        scrollAndClick(teacher, await(teacher, By.cssSelector("#assign-classes vaadin-checkbox")));
        scrollAndClick(teacher, await(teacher, By.id("assign")));
        awaitText(teacher, By.id("assign-message"), "Assigned.");

        student.get(url("student"));
        await(student, By.cssSelector("#assignments a")).click();
        ExercisePage page = new ExercisePage(student);
        int items = Integer.parseInt(page.progress().replaceAll("^0 of (\\d+) answered$", "$1"));
        for (int i = 0; i < items; i++) {
            page.pressKey("1");
            page.awaitProgress((i + 1) + " of ");
            if (i + 1 < items) {
                page.next();
            }
        }
        assertThat(page.submit()).startsWith("Your score: ");

        teacher.navigate().refresh();
        await(teacher, By.cssSelector("#assignment-grid a")).click();
        awaitText(teacher, By.id("completion"), "1 of 1 students submitted");
        await(teacher, By.cssSelector("[id^='items-']"));
        assertThat(teacher.findElement(By.id("student-results")).getText()).contains("Ana");
        assertThat(teacher.getPageSource()).contains("Mix-up chart");
        Browser.screenshot(teacher, DOCS.resolve("dashboard.png"));
        scrollAndClick(teacher, await(teacher, By.id("answers-ana")));
        awaitText(teacher, By.id("student-work"), "Ana's answers");
        assertThat(teacher.findElement(By.id("student-work")).getText())
                .as("she answered 'Reported fact' to everything").containsPattern("Answered:\\s+F · Reported fact");
        new Actions(teacher).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(teacher, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("student-work")));

        String points = teacher.findElement(By.id("student-results")).getText().lines()
                .filter(line -> line.matches("\\d+ / \\d+")).findFirst().orElseThrow();
        student.get(url("student"));
        awaitText(student, By.id("assignments"), points.replace(" / ", " of ") + " (");
        scrollAndClick(teacher, await(teacher, By.id("export-download")));
        Path canvas = new WebDriverWait(teacher, Duration.ofSeconds(30)).until(d -> {
            try (var files = java.nio.file.Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(java.nio.file.Files.newBufferedReader(canvas))) {
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord ana = rows.stream().filter(r -> r.get("SIS Login ID").equals("ana")).findFirst().orElseThrow();
            String gradeColumn = parser.getHeaderNames().get(5);
            assertThat(ana.get(gradeColumn) + " / " + rows.getFirst().get(gradeColumn)).isEqualTo(points);
            assertThat(ana.get("Section")).isEqualTo("Period 5");
        }
    }

    private static void scrollAndClick(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
