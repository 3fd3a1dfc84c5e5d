package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and answers who exists; the first teacher comes from the first-run screen. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** True until the first teacher has been created: the app then shows its first-run screen. */
    @Transactional(readOnly = true)
    public boolean needsFirstTeacher() {
        return !accounts.existsByRole(Role.TEACHER);
    }

    /** Creates the very first teacher; refused once any teacher exists, so the screen cannot be replayed. */
    @Transactional
    public synchronized UserAccount createFirstTeacher(NewAccount request) {
        if (!needsFirstTeacher()) {
            throw new AccountProblem("The kit already has a teacher account. Please sign in.");
        }
        return create(request, Role.TEACHER);
    }

    /** A teacher creates a colleague's account and hands over the first password. */
    @Transactional
    public UserAccount createTeacher(String byTeacher, NewAccount request) {
        Accounts.require(accounts, byTeacher, Role.TEACHER);
        return create(request, Role.TEACHER);
    }

    @Transactional(readOnly = true)
    public List<String> teacherNames(String byTeacher) {
        Accounts.require(accounts, byTeacher, Role.TEACHER);
        return accounts.findByRoleOrderByDisplayName(Role.TEACHER).stream()
                .map(a -> a.getDisplayName() + " (" + a.getUsername() + ")").toList();
    }

    @Transactional
    public UserAccount create(NewAccount request, Role role) {
        if (accounts.existsByUsernameIgnoreCase(request.username())) {
            throw new AccountProblem("The username '" + request.username() + "' is taken. Please choose another.");
        }
        String hash = passwordEncoder.encode(request.password());
        return accounts.save(new UserAccount(request.username(), hash, request.displayName(), role, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    /** Replaces a password, checked by the same rules as a new account's. */
    @Transactional
    public void changePassword(UserAccount account, String newPassword) {
        NewAccount checked = new NewAccount(account.getUsername(), account.getDisplayName(), newPassword);
        UserAccount managed = accounts.findById(account.getId()).orElseThrow();
        managed.setPasswordHash(passwordEncoder.encode(checked.password()));
    }
}
