package org.medialiteracy.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Test
    void username_is_trimmed_and_lower_cased() {
        NewAccount account = new NewAccount("  Ana.Lopez ", "Ana", "long enough");
        assertThat(account.username()).isEqualTo("ana.lopez");
    }

    @Test
    void display_name_defaults_to_the_username() {
        assertThat(new NewAccount("ben", " ", "long enough").displayName()).isEqualTo("ben");
    }

    @Test
    void short_password_is_refused_with_a_plain_message() {
        assertThatThrownBy(() -> new NewAccount("ben", "Ben", "short"))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("at least 8 characters");
    }

    @Test
    void username_with_spaces_or_markup_is_refused() {
        assertThatThrownBy(() -> new NewAccount("<script>", "x", "long enough")).isInstanceOf(AccountProblem.class);
        assertThatThrownBy(() -> new NewAccount("two words", "x", "long enough")).isInstanceOf(AccountProblem.class);
        assertThatThrownBy(() -> new NewAccount(null, "x", "long enough")).isInstanceOf(AccountProblem.class);
    }
}
