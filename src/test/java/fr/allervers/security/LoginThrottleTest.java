package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties("demo", 3, 5, Duration.ofMinutes(15), null),
            clock);

    @Test
    void refusesAPairAfterTooManyFailuresThenForgivesAfterTheWindow() {
        assertThat(throttle.begin("alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.begin("Alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.begin("ALICE", "10.0.0.1")).as("same account in another case").isEmpty();
        assertThat(throttle.begin("alice", "10.0.0.1")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.begin("bob", "10.0.0.1")).as("another account").isEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.begin("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void nobodyLocksAnAccountOutFromAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.begin("admin", "192.0.2.66")).isEmpty();
        }
        assertThat(throttle.begin("admin", "192.0.2.66")).as("the guesser").isPresent();
        assertThat(throttle.begin("admin", "10.0.0.9")).as("the owner, elsewhere").isEmpty();
        throttle.succeeded("admin", "10.0.0.9");
    }

    @Test
    void refusedAttemptsAreNotCountedAndTheLockEndsWhenTheOldestFailureThatFillsTheWindowAgesOut() {
        Instant first = clock.instant();
        throttle.begin("dave", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        throttle.begin("dave", "10.0.0.1");
        throttle.begin("dave", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.begin("dave", "10.0.0.1")).contains(first.plus(Duration.ofMinutes(15)));
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(throttle.begin("dave", "10.0.0.1")).as("one failure aged out").isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            assertThat(throttle.begin(user, "192.0.2.7")).isEmpty();
        }
        assertThat(throttle.begin("f", "192.0.2.7")).isPresent();
        assertThat(throttle.begin("f", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessTakesItsOwnCountBackAndClearsThePairsFailures() {
        throttle.begin("carol", null);
        throttle.begin("carol", null);
        throttle.begin("carol", null);
        throttle.succeeded("carol", null);
        throttle.begin("carol", null);
        throttle.begin("carol", null);
        assertThat(throttle.begin("carol", null)).isEmpty();
        assertThat(throttle.begin("carol", null)).as("three failures since the success").isPresent();
    }

    @Test
    void anAbandonedAttemptIsTakenBack() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.begin("erin", "10.0.0.5")).isEmpty();
            throttle.abandoned("erin", "10.0.0.5");
        }
    }

    @Test
    void parallelAttemptsCannotAllSlipUnderTheLimit() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(25);
        var start = new java.util.concurrent.CountDownLatch(1);
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 25; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.begin("frank", "10.0.0.6").isEmpty()) {
                    allowed.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (var each : done) {
            each.get();
        }
        pool.shutdown();
        assertThat(allowed).hasValue(3);
    }

    @Test
    void namesAreCountedInTheLookupsNormalForm() {
        assertThat(Usernames.normalise("\uFF56ICTIM1")).as("fullwidth v, NFKC").isEqualTo("victim1");
        assertThat(Usernames.normalise("v\u0131ctim1")).as("dotless ı is not i").isNotEqualTo("victim1");
        assertThat(Usernames.normalise("V\u0130CTIM1")).as("dotted İ is not i").isNotEqualTo("victim1");
        for (String spelling : new String[] {"victim1", "VICTIM1", "\uFF56ictim1"}) {
            throttle.begin(spelling, "10.0.0.7");
        }
        assertThat(throttle.begin("Victim1", "10.0.0.7")).isPresent();
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
