package org.medialiteracy.kit.classroom;

import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** Looks up the signed-in account and insists on its role: services check who asks, not only views. */
final class Accounts {

    private Accounts() {
    }

    static UserAccount require(UserAccountRepository accounts, String username, Role role) {
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username)
                .filter(a -> a.getRole() == role)
                .orElseThrow(() -> new AccessDeniedException(
                        "This needs a " + role.name().toLowerCase(Locale.ROOT) + " account."));
    }
}
