package org.medialiteracy.kit.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed sign-ins a username is locked for a while,
 * doubling with each further failure up to {@link #MAX_LOCK}. A success clears the count.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures record = failures.get(key(username));
        return record != null && record.lockedUntil() != null && clock.instant().isBefore(record.lockedUntil());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failures.compute(key(event.getAuthentication().getName()), (name, record) -> {
            int count = record == null ? 1 : record.count() + 1;
            return new Failures(count, count < FREE_FAILURES ? null : clock.instant().plus(lockFor(count)));
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    static Duration lockFor(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
