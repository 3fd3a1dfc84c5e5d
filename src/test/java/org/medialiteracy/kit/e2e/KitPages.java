package org.medialiteracy.kit.e2e;

import static org.medialiteracy.kit.e2e.Browser.await;

import org.openqa.selenium.By;
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
