package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties("demo", 3, 5, Duration.ofMinutes(15)),
            clock);

    @Test
    void locksAnAccountAfterTooManyFailuresThenForgivesAfterTheWindow() {
        throttle.failed("alice", "10.0.0.1");
        throttle.failed("Alice", "10.0.0.2");
        assertThat(throttle.lockedUntil("alice", "10.0.0.3")).isEmpty();
        throttle.failed("alice", "10.0.0.3");
        assertThat(throttle.lockedUntil("ALICE", "10.0.0.4")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("bob", "10.0.0.4")).as("another account").isEmpty();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.lockedUntil("alice", "10.0.0.4")).isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            throttle.failed(user, "192.0.2.7");
        }
        assertThat(throttle.lockedUntil("f", "192.0.2.7")).isPresent();
        assertThat(throttle.lockedUntil("f", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        throttle.failed("carol", null);
        throttle.failed("carol", null);
        throttle.succeeded("carol");
        throttle.failed("carol", null);
        assertThat(throttle.lockedUntil("carol", null)).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
