package org.medialiteracy.kit.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for end-to-end tests. Register with {@code @RegisterExtension}; every browser it
 * opened is closed after each test, and a screenshot of each is saved in target/ when the test failed.
 */
public final class Browser implements AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    /** Where screens for the README go: target/ unless {@code -Dkit.screenshots=docs/screenshots} refreshes the docs. */
    public static final Path SCREENSHOTS_FOR_DOCS = Path.of(System.getProperty("kit.screenshots", "target/screenshots"));
    public static final int PHONE_WIDTH = 390;
    private final List<WebDriver> opened = new ArrayList<>();

    /** A fresh browser with its own profile, so two browsers are two different people. */
    public WebDriver open() {
        return open(null);
    }

    /** The same, saving downloads into the given folder without asking. */
    public WebDriver open(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        return launch(options);
    }

    /** A phone-sized browser: 390 × 844 CSS pixels, a common phone's screen. */
    public WebDriver openPhone() {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", 844, "pixelRatio", 1.0)));
        return launch(options);
    }

    private WebDriver launch(ChromeOptions options) {
        try {
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1600",
                    "--user-data-dir=" + Files.createTempDirectory("kit-chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            opened.add(driver);
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a browser profile directory", e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent()) {
                saveScreenshots(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            }
        } finally {
            opened.forEach(WebDriver::quit);
            opened.clear();
        }
    }

    private void saveScreenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int i = 0; i < opened.size(); i++) {
            byte[] png = ((TakesScreenshot) opened.get(i)).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-browser" + i + ".png"), png);
        }
    }

    /** Waits for Vaadin to render an element; the server answers asynchronously. */
    public static WebElement await(WebDriver driver, By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Saves a screenshot for the docs (used by tests that document a screen). */
    public static void screenshot(WebDriver driver, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
