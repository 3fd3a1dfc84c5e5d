package org.medialiteracy.kit.e2e;

import static org.medialiteracy.kit.e2e.Browser.await;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The lesson player as a student sees it. */
record ExercisePage(WebDriver driver) {

    void openStep(int index) {
        await(driver, By.id("step-" + index)).click();
        await(driver, By.cssSelector("#step-" + index + "[aria-current='step']"));
    }

    String currentSentence() {
        return await(driver, By.id("current-sentence")).getText();
    }

    /** Keys 1–5 pick a label, typed at the page as a keyboard user would. */
    void pressKey(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void clickChoice(String labelName) {
        await(driver, By.id("choice-" + labelName)).click();
    }

    String awaitFeedback() {
        return await(driver, By.cssSelector(".kit-item-card .kit-feedback")).getText();
    }

    void awaitSaved() {
        await(driver, By.cssSelector(".kit-item-card .kit-saved"));
    }

    void next() {
        String before = currentSentence();
        await(driver, By.id("next-item")).click();
        wait(30).until(d -> !d.findElement(By.id("current-sentence")).getText().equals(before));
    }

    String progress() {
        return await(driver, By.id("progress-text")).getText();
    }

    void awaitProgress(String text) {
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), text));
    }

    void clickWord(String spanItem) {
        await(driver, By.cssSelector("[data-span='" + spanItem + "']")).click();
        await(driver, By.cssSelector("[data-span='" + spanItem + "'][aria-pressed='true']"));
    }

    /** Tab-focus is simulated by focusing the word; Enter toggles it. */
    void toggleWordWithKeyboard(String spanItem) {
        WebElement word = await(driver, By.cssSelector("[data-span='" + spanItem + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", word);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        await(driver, By.cssSelector("[data-span='" + spanItem + "'][aria-pressed='true']"));
    }

    void clickPick(int sentence) {
        await(driver, By.cssSelector("#pick-" + sentence)).click();
        await(driver, By.cssSelector("#pick-" + sentence + "[checked]"));
    }

    void pickWithKeyboard(int sentence) {
        WebElement input = await(driver, By.cssSelector("#pick-" + sentence + " input"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", input);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        await(driver, By.cssSelector("#pick-" + sentence + "[checked]"));
    }

    void chooseArticle(String questionId, int article) {
        List<WebElement> options = await(driver, By.id(questionId)).findElements(By.tagName("vaadin-radio-button"));
        options.get(article).click();
        await(driver, By.cssSelector("#" + questionId + " vaadin-radio-button[checked]"));
    }

    void chooseArticleWithKeyboard(String questionId, int article) {
        List<WebElement> inputs = await(driver, By.id(questionId)).findElements(By.cssSelector("vaadin-radio-button input"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", inputs.get(article));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        await(driver, By.cssSelector("#" + questionId + " vaadin-radio-button[checked]"));
    }

    String check(String buttonId) {
        await(driver, By.id(buttonId)).click();
        return await(driver, By.cssSelector("[role='status'] p")).getText();
    }

    /** Submits, confirming when answers are missing, and returns the score heading. */
    String submit() {
        await(driver, By.id("submit")).click();
        List<WebElement> confirm = wait(5).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay, #total-score"));
            return found.isEmpty() ? null : found;
        });
        if (!confirm.getFirst().getTagName().equals("h2")) {
            await(driver, By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-button[slot='confirm-button']")).click();
        }
        return await(driver, By.id("total-score")).getText();
    }

    String results() {
        return await(driver, By.id("results")).getText();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
