package org.medialiteracy.kit.classroom;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a person types to create an account, checked before anything is stored. */
public record NewAccount(String username, String displayName, String password) {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    public NewAccount {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        password = password == null ? "" : password;
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountProblem(
                    "A username is 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
        if (displayName.length() > 120) {
            throw new AccountProblem("The name is too long: keep it under 120 characters.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem("The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > 128) {
            throw new AccountProblem("The password is too long: keep it under 128 characters.");
        }
    }
}
