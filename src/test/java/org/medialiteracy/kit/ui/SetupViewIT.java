package org.medialiteracy.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.medialiteracy.kit.classroom.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Browserless: the first-run screen creates the first teacher and then closes for good. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SetupViewIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void empty_database_shows_the_first_run_screen_from_the_start_page() {
        assertThat(navigate("", SetupView.class)).isInstanceOf(SetupView.class);
    }

    @Test
    void first_run_screen_creates_the_first_teacher() {
        SetupView view = navigate(SetupView.class);
        test(view.displayName).setValue("Ms Rivera");
        test(view.username).setValue("rivera");
        test(view.password).setValue("correct horse");
        test(view.repeat).setValue("correct horse");
        test(view.create).click();

        assertThat(accounts.needsFirstTeacher()).isFalse();
        assertThat(accounts.findByUsername("rivera")).isPresent();
    }

    @Test
    void mismatched_passwords_create_nothing_and_say_why() {
        SetupView view = navigate(SetupView.class);
        test(view.username).setValue("rivera");
        test(view.password).setValue("correct horse");
        test(view.repeat).setValue("correct hose");
        test(view.create).click();

        assertThat(view.message.getText()).contains("two passwords are different");
        assertThat(accounts.needsFirstTeacher()).isTrue();
    }
}
