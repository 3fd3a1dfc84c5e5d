package org.medialiteracy.kit.e2e;

import static org.medialiteracy.kit.e2e.Browser.await;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page objects for the screens every journey passes through. */
final class KitPages {

    private KitPages() {
    }

    /** Types into a Vaadin text or password field by its id (its input is in the light DOM). */
    static void type(WebDriver driver, String fieldId, String text) {
        WebElement input = await(driver, By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    static void click(WebDriver driver, String id) {
        await(driver, By.id(id)).click();
    }

    /** Pastes an article into the lesson builder and asks for its proposed key. */
    static void analyse(WebDriver driver, String article) {
        WebElement paste = await(driver, By.cssSelector("#builder-paste textarea"));
        // set at once: typing a whole article key by key takes seconds
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", paste, article);
        click(driver, "builder-analyse");
        Browser.awaitText(driver, By.id("builder-message"), "Review them below");
    }

    record SetupPage(WebDriver driver) {
        void createTeacher(String name, String username, String password) {
            type(driver, "setup-name", name);
            type(driver, "setup-username", username);
            type(driver, "setup-password", password);
            type(driver, "setup-repeat", password);
            click(driver, "setup-create");
        }
    }

    record LoginPage(WebDriver driver) {
        void signIn(String username, String password) {
            WebElement user = await(driver, By.cssSelector("vaadin-login-form input[name='username']"));
            user.sendKeys(username);
            WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
            pass.sendKeys(password, Keys.ENTER);
        }
    }

    record JoinPage(WebDriver driver) {
        void join(String code, String name, String username, String password) {
            type(driver, "join-code", code);
            type(driver, "join-name", name);
            type(driver, "join-username", username);
            type(driver, "join-password", password);
            click(driver, "join-submit");
        }
    }
}
