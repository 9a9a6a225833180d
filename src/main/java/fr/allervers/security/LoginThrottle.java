package fr.allervers.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing. Every attempt is counted <em>before</em> its password is checked, in one atomic
 * step with the decision, so that parallel attempts cannot all slip under the limit; a success then takes its own
 * count back and forgives its pair's earlier failures.
 * <p>
 * Failures are counted per (account, address) pair, and per address across accounts, in a sliding window of
 * {@code lockout}. A pair that reaches {@code maxFailedLogins} is refused until its failures age out: whoever
 * guesses from one address stops there, while the account's owner signing in from anywhere else is not locked
 * out by it. An address that reaches {@code maxFailedLoginsPerAddress} (higher: an office may share one address)
 * is refused for every account, which stops one machine trying many accounts. There is deliberately no limit on
 * an account alone: five failures from anywhere then locked anyone out, the admin included. Guessing from many
 * addresses is left to the password policy (length, common-password list).
 * <p>
 * Account names are keyed in the same {@link Usernames#normalise normal form} as the account lookup, so that two
 * spellings of one account share one count. The counts live in the database ({@code login_attempt}, migration
 * V121), so that every instance behind a load balancer shares them and a restart forgets nothing: each decision
 * locks its keys' rows in {@code login_attempt_key} ({@code SELECT ... FOR UPDATE}) for one short transaction.
 * Time comes from each instance's clock, so instances must keep their clocks in step (NTP).
 */
@Component
public class LoginThrottle {

    /** How long an attempt waits for the outcome of attempts being checked before it is refused. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(10);
    /** How often a waiting attempt looks again: the outcome may come from another instance, so no notify. */
    static final Duration POLL = Duration.ofMillis(50);

    private final SecurityProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private volatile Instant lastSweep;

    @Autowired
    LoginThrottle(SecurityProperties properties, DataSource dataSource) {
        this(properties, dataSource, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, DataSource dataSource, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        // Its own short transaction, even when a caller has one open: the lock must be released at once.
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lastSweep = clock.instant();
    }

    /**
     * Counts an attempt of {@code username} from {@code address}, as a failure until {@link #succeeded},
     * {@link #failed} or {@link #abandoned} says how it ended. When the window is full only because attempts are
     * still being checked (on this instance or another), waits for them (a password check takes a fraction of a
     * second): a script sending eight requests at once with the right password is answered, while 25 wrong guesses
     * at once still get only the limit checked.
     *
     * @return empty if the password may be checked; otherwise when attempts may be made again (nothing counted)
     */
    public Optional<Instant> begin(String username, String address) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        List<Counter> counters = counters(username, address);
        while (true) {
            Instant now = clock.instant();
            sweepIfDue(now);
            Decision decision = withKeysLocked(counters, deadline, () -> decide(counters, now));
            if (decision == null || decision.refusedUntil().isEmpty()) {
                return decision == null ? Optional.of(now.plusSeconds(1)) : decision.refusedUntil();
            }
            long left = deadline - System.nanoTime();
            if (!decision.outcomesAwaited() || left <= 0) {
                return decision.outcomesAwaited() ? Optional.of(now.plusSeconds(1)) : decision.refusedUntil();
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(now.plusSeconds(1));
            }
        }
    }

    /** The password was wrong: the attempt stays counted as a failure. */
    public void failed(String username, String address) {
        List<Counter> counters = counters(username, address);
        settleWithKeysLocked(counters, () -> counters.forEach(this::settle));
    }

    /** The password was right: this attempt and the pair's earlier failures no longer count. */
    public void succeeded(String username, String address) {
        List<Counter> counters = counters(username, address);
        settleWithKeysLocked(counters, () -> {
            counters.forEach(this::settle);
            jdbc.update("DELETE FROM login_attempt WHERE attempt_key = ?", counters.get(0).key());
            counters.subList(1, counters.size()).forEach(this::takeBackOne);
        });
    }

    /** The attempt ended before any password was checked (disabled account, database error): take it back. */
    public void abandoned(String username, String address) {
        List<Counter> counters = counters(username, address);
        settleWithKeysLocked(counters, () -> counters.forEach(counter -> {
            settle(counter);
            takeBackOne(counter);
        }));
    }

    private Decision decide(List<Counter> counters, Instant now) {
        Optional<Instant> refusedUntil = counters.stream().map(counter -> refusedUntil(counter, now))
                .flatMap(Optional::stream).max(Instant::compareTo);
        if (refusedUntil.isEmpty()) {
            for (Counter counter : counters) {
                jdbc.update("INSERT INTO login_attempt (attempt_key, attempted_at_millis, pending) VALUES (?, ?, TRUE)",
                        counter.key(), now.toEpochMilli());
            }
            return new Decision(refusedUntil, false);
        }
        Integer pending = jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE attempt_key IN (?, ?) AND pending",
                Integer.class, counters.get(0).key(), counters.get(1).key());
        return new Decision(refusedUntil, pending != null && pending > 0);
    }

    /** While {@code limit} failures lie in the window: until the one that keeps it full ages out. */
    private Optional<Instant> refusedUntil(Counter counter, Instant now) {
        long horizon = now.minus(properties.lockout()).toEpochMilli();
        List<Long> newestFirst = jdbc.queryForList("""
                SELECT attempted_at_millis FROM login_attempt WHERE attempt_key = ? AND attempted_at_millis > ?
                ORDER BY attempted_at_millis DESC, id DESC FETCH FIRST ? ROWS ONLY""",
                Long.class, counter.key(), horizon, counter.limit());
        if (newestFirst.size() < counter.limit()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(newestFirst.get(counter.limit() - 1)).plus(properties.lockout()));
    }

    private void settle(Counter counter) {
        jdbc.update("""
                UPDATE login_attempt SET pending = FALSE WHERE id = (SELECT MIN(id) FROM login_attempt
                WHERE attempt_key = ? AND pending)""", counter.key());
    }

    private void takeBackOne(Counter counter) {
        jdbc.update("DELETE FROM login_attempt WHERE id = (SELECT MAX(id) FROM login_attempt WHERE attempt_key = ?)",
                counter.key());
    }

    private void settleWithKeysLocked(List<Counter> counters, Runnable work) {
        withKeysLocked(counters, System.nanoTime() + PENDING_WAIT.toNanos(), () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Runs {@code work} in one transaction holding the row locks of the counters' keys, taken in one order
     * everywhere (no deadlock between two attempts sharing an address). Returns null if the locks could not be had
     * before {@code deadline}.
     */
    private <T> T withKeysLocked(List<Counter> counters, long deadline, Supplier<T> work) {
        List<String> keys = counters.stream().map(Counter::key).sorted().distinct().toList();
        while (true) {
            keys.forEach(this::ensureLockRow);
            try {
                Optional<T> done = transaction.execute(status -> {
                    for (String key : keys) {
                        List<String> locked = jdbc.queryForList(
                                "SELECT attempt_key FROM login_attempt_key WHERE attempt_key = ? FOR UPDATE", String.class,
                                key);
                        if (locked.isEmpty()) {
                            return Optional.<T>empty(); // swept between ensureLockRow and here: again
                        }
                    }
                    return Optional.of(work.get());
                });
                if (done != null && done.isPresent()) {
                    return done.get();
                }
            } catch (PessimisticLockingFailureException busy) {
                // Lock wait timed out or the database chose this transaction as a deadlock victim: try again.
            }
            if (System.nanoTime() - deadline > 0) {
                return null;
            }
        }
    }

    private void ensureLockRow(String key) {
        try {
            jdbc.update("""
                    INSERT INTO login_attempt_key (attempt_key) SELECT ? FROM (VALUES (1)) AS one (x)
                    WHERE NOT EXISTS (SELECT 1 FROM login_attempt_key WHERE attempt_key = ?)""", key, key);
        } catch (DataIntegrityViolationException insertedMeanwhile) {
            // Another attempt created it at the same moment: it exists, which is all that is needed.
        }
    }

    /** Forgets counts that have aged out, so that names and addresses tried once do not pile up. */
    private void sweepIfDue(Instant now) {
        Instant last = lastSweep;
        if (last.plus(properties.lockout()).isAfter(now)) {
            return;
        }
        lastSweep = now;
        jdbc.update("DELETE FROM login_attempt WHERE attempted_at_millis <= ?",
                now.minus(properties.lockout()).toEpochMilli());
        jdbc.update("""
                DELETE FROM login_attempt_key WHERE NOT EXISTS (SELECT 1 FROM login_attempt
                WHERE login_attempt.attempt_key = login_attempt_key.attempt_key)""");
    }

    private List<Counter> counters(String username, String address) {
        String account = Usernames.normalise(username);
        String from = address == null ? "?" : address;
        return List.of(new Counter(digest("pair:" + from + " " + account), properties.maxFailedLogins()),
                new Counter(digest("address:" + from), properties.maxFailedLoginsPerAddress()));
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Counter(String key, int limit) {
    }

    private record Decision(Optional<Instant> refusedUntil, boolean outcomesAwaited) {
    }
}
