package org.medialiteracy.kit.e2e;

import static org.medialiteracy.kit.e2e.Browser.await;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The lesson player as a student sees it. */
record ExercisePage(WebDriver driver) {

    void openStep(int index) {
        click(await(driver, By.id("step-" + index)));
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
        click(await(driver, By.id("choice-" + labelName)));
    }

    /** Scrolls the element to the middle first: the app scrolls inside its layout, not the window. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void focus(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", element);
    }

    String awaitFeedback() {
        return await(driver, By.cssSelector(".kit-item-card .kit-feedback")).getText();
    }

    void awaitSaved() {
        await(driver, By.cssSelector(".kit-item-card .kit-saved"));
    }

    void next() {
        String before = currentSentence();
        click(await(driver, By.id("next-item")));
        wait(30).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("current-sentence")).getText().equals(before));
    }

    String progress() {
        return await(driver, By.id("progress-text")).getText();
    }

    void awaitProgress(String text) {
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), text));
    }

    void clickWord(String spanItem) {
        click(await(driver, By.cssSelector("[data-span='" + spanItem + "']")));
        await(driver, By.cssSelector("[data-span='" + spanItem + "'][aria-pressed='true']"));
    }

    /** Tab-focus is simulated by focusing the word; Enter toggles it. */
    void toggleWordWithKeyboard(String spanItem) {
        focus(await(driver, By.cssSelector("[data-span='" + spanItem + "']")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        await(driver, By.cssSelector("[data-span='" + spanItem + "'][aria-pressed='true']"));
    }

    void clickPick(int sentence) {
        click(await(driver, By.cssSelector("#pick-" + sentence)));
        await(driver, By.cssSelector("#pick-" + sentence + "[checked]"));
    }

    void pickWithKeyboard(int sentence) {
        focus(present(By.cssSelector("#pick-" + sentence + " input")));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        await(driver, By.cssSelector("#pick-" + sentence + "[checked]"));
    }

    void chooseArticle(String questionId, int article) {
        List<WebElement> options = await(driver, By.id(questionId)).findElements(By.tagName("vaadin-radio-button"));
        click(options.get(article));
        await(driver, By.cssSelector("#" + questionId + " vaadin-radio-button[checked]"));
    }

    void chooseArticleWithKeyboard(String questionId, int article) {
        List<WebElement> inputs = await(driver, By.id(questionId)).findElements(By.cssSelector("vaadin-radio-button input"));
        focus(inputs.get(article));
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        await(driver, By.cssSelector("#" + questionId + " vaadin-radio-button[checked]"));
    }

    String check(String buttonId) {
        click(await(driver, By.id(buttonId)));
        return await(driver, By.cssSelector("[role='status'] p")).getText();
    }

    /** Submits, confirming when answers are missing, and returns the score heading. */
    String submit() {
        click(await(driver, By.id("submit")));
        WebElement next = wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm-submit, #total-score")));
        if ("confirm-submit".equals(next.getAttribute("id"))) {
            click(next);
        }
        return present(By.id("total-score")).getAttribute("textContent");
    }

    String results() {
        return await(driver, By.id("results")).getText();
    }

    private WebElement present(By locator) {
        return wait(30).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
