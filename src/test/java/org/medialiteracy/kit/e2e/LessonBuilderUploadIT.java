package org.medialiteracy.kit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;
import static org.medialiteracy.kit.e2e.Browser.awaitText;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A teacher uploads one article file after another in the lesson builder: a Windows-1252 file, then a binary one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kit.lessons-dir=target/upload-lessons-${random.uuid}")
@ActiveProfiles("test")
class LessonBuilderUploadIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @Autowired
    AccountService accounts;

    @Test
    void a_second_file_is_taken_after_the_first_and_bad_bytes_get_a_clear_message() throws Exception {
        Path windows = files.resolve("article.txt");
        Files.write(windows, "Café owners said the plan was “unfair”.\n".getBytes(Charset.forName("windows-1252")));
        Path binary = files.resolve("binary.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 0, 0x1B, 0, 0, 0, 5, 6});
        accounts.createFirstTeacher(new NewAccount("okafor", "Mr Okafor", "teacher-pass"));
        WebDriver teacher = browser.open();
        teacher.get("http://localhost:" + port + "/login");
        new KitPages.LoginPage(teacher).signIn("okafor", "teacher-pass");
        teacher.get("http://localhost:" + port + "/teacher/lessons/new");

        upload(teacher, windows);
        awaitText(teacher, By.id("builder-message"), "Review them below");
        assertThat(teacher.findElement(By.tagName("body")).getText()).contains("Café owners said the plan was “unfair”.");

        upload(teacher, binary);
        awaitText(teacher, By.id("builder-message"), "does not look like text");
    }

    private static void upload(WebDriver driver, Path file) {
        WebElement upload = await(driver, By.id("builder-upload"));
        WebElement input;
        try {
            input = upload.findElement(By.cssSelector("input[type=file]"));
        } catch (NoSuchElementException inShadow) {
            input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        }
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
