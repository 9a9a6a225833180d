package fr.allervers.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures in the lockout window, for one account or from one
 * address, logins are refused until the window has passed, even with the right password.
 */
@Component
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(SecurityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** When logins for this account or address may be tried again, if they are refused now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return keys(username, address).map(this::lockedUntil).flatMap(Optional::stream).max(Instant::compareTo);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        keys(username, address).forEach(key -> {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                prune(times, now);
            }
        });
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Instant> lockedUntil(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, clock.instant());
            int limit = key.startsWith("user:") ? properties.maxFailedLogins() : properties.maxFailedLoginsPerAddress();
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(times.peekLast().plus(properties.lockout()));
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(properties.lockout());
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }

    private static java.util.stream.Stream<String> keys(String username, String address) {
        return java.util.stream.Stream.of(userKey(username), address == null ? null : "address:" + address)
                .filter(java.util.Objects::nonNull);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
