package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties("demo", 3, 5, Duration.ofMinutes(15), null),
            countsDatabase(), clock);

    /** A private in-memory H2 with the throttle's own migration: the counts' SQL runs for real, without Spring. */
    static DataSource countsDatabase() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V121__login_attempts.sql"))
                .execute(dataSource);
        return dataSource;
    }

    @Test
    void refusesAPairAfterTooManyFailuresThenForgivesAfterTheWindow() {
        assertThat(attempt("alice", "10.0.0.1")).isEmpty();
        assertThat(attempt("Alice", "10.0.0.1")).isEmpty();
        assertThat(attempt("ALICE", "10.0.0.1")).as("same account in another case").isEmpty();
        assertThat(attempt("alice", "10.0.0.1")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(attempt("bob", "10.0.0.1")).as("another account").isEmpty();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(attempt("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void nobodyLocksAnAccountOutFromAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("admin", "192.0.2.66")).isEmpty();
        }
        assertThat(attempt("admin", "192.0.2.66")).as("the guesser").isPresent();
        assertThat(attempt("admin", "10.0.0.9")).as("the owner, elsewhere").isEmpty();
        throttle.succeeded("admin", "10.0.0.9");
    }

    @Test
    void refusedAttemptsAreNotCountedAndTheLockEndsWhenTheOldestFailureThatFillsTheWindowAgesOut() {
        Instant first = clock.instant();
        attempt("dave", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));
        attempt("dave", "10.0.0.1");
        attempt("dave", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertThat(attempt("dave", "10.0.0.1")).contains(first.plus(Duration.ofMinutes(15)));
        }
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(attempt("dave", "10.0.0.1")).as("one failure aged out").isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            assertThat(attempt(user, "192.0.2.7")).isEmpty();
        }
        assertThat(attempt("f", "192.0.2.7")).isPresent();
        assertThat(attempt("f", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessTakesItsOwnCountBackAndClearsThePairsFailures() {
        attempt("carol", null);
        attempt("carol", null);
        attempt("carol", null);
        throttle.succeeded("carol", null);
        attempt("carol", null);
        attempt("carol", null);
        assertThat(attempt("carol", null)).isEmpty();
        assertThat(attempt("carol", null)).as("three failures since the success").isPresent();
    }

    @Test
    void anAbandonedAttemptIsTakenBack() {
        for (int i = 0; i < 10; i++) {
            assertThat(attempt("erin", "10.0.0.5")).isEmpty();
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
                if (attempt("frank", "10.0.0.6").isEmpty()) {
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
            attempt(spelling, "10.0.0.7");
        }
        assertThat(attempt("Victim1", "10.0.0.7")).isPresent();
    }

    @Test
    void parallelAttemptsWithTheRightPasswordAreAllAnswered() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var start = new java.util.concurrent.CountDownLatch(1);
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 8; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.begin("grace", "10.0.0.8").isEmpty()) {
                    allowed.incrementAndGet();
                    Thread.sleep(20); // the password check
                    throttle.succeeded("grace", "10.0.0.8");
                }
                return null;
            }));
        }
        start.countDown();
        for (var each : done) {
            each.get();
        }
        pool.shutdown();
        assertThat(allowed).as("a script's parallel requests wait for each other's checks, none is refused")
                .hasValue(8);
    }

    @Test
    void twoInstancesOnOneDatabaseShareTheCountsAndWaitForEachOthersChecks() throws Exception {
        DataSource shared = countsDatabase();
        SecurityProperties limits = new SecurityProperties("demo", 3, 5, Duration.ofMinutes(15), null);
        LoginThrottle a = new LoginThrottle(limits, shared, clock);
        LoginThrottle b = new LoginThrottle(limits, shared, clock);
        assertThat(a.begin("heidi", "10.0.0.9")).isEmpty();
        a.failed("heidi", "10.0.0.9");
        assertThat(b.begin("heidi", "10.0.0.9")).isEmpty();
        b.failed("heidi", "10.0.0.9");
        assertThat(a.begin("heidi", "10.0.0.9")).as("third, still being checked on A").isEmpty();
        var onB = java.util.concurrent.CompletableFuture.supplyAsync(() -> b.begin("heidi", "10.0.0.9"));
        Thread.sleep(200);
        assertThat(onB).as("B waits for the outcome of A's check").isNotDone();
        a.succeeded("heidi", "10.0.0.9");
        assertThat(onB.get()).as("A's success forgave the pair: B's attempt is checked").isEmpty();
        b.failed("heidi", "10.0.0.9");
        b.begin("heidi", "10.0.0.9");
        b.failed("heidi", "10.0.0.9");
        a.begin("heidi", "10.0.0.9");
        a.failed("heidi", "10.0.0.9");
        assertThat(b.begin("heidi", "10.0.0.9")).as("three failures split over A and B").isPresent();
        assertThat(a.begin("heidi", "10.0.0.9")).isPresent();
    }

    /** One attempt with a wrong password: counted, then said to have failed. */
    private Optional<Instant> attempt(String username, String address) {
        Optional<Instant> refused = throttle.begin(username, address);
        if (refused.isEmpty()) {
            throttle.failed(username, address);
        }
        return refused;
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
