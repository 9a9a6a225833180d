package fr.allervers.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

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
 * spellings of one account share one count. Kept in memory (one node; forgotten on restart); the four public
 * methods are the whole contract, so that a database-backed version can replace it.
 */
@Component
public class LoginThrottle {

    /** How long an attempt waits for the outcome of attempts being checked before it is refused. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(10);

    private final Map<String, Deque<Instant>> failures = new HashMap<>(); // guarded by this
    /** Attempts counted whose password is still being checked, per key. */
    private final Map<String, Integer> pending = new HashMap<>(); // guarded by this
    private final SecurityProperties properties;
    private final Clock clock;
    private Instant lastSweep;

    @Autowired
    LoginThrottle(SecurityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.lastSweep = clock.instant();
    }

    /**
     * Counts an attempt of {@code username} from {@code address}, as a failure until {@link #succeeded},
     * {@link #failed} or {@link #abandoned} says how it ended. When the window is full only because attempts are
     * still being checked, waits for them (a password check takes a fraction of a second): a script sending eight
     * requests at once with the right password is answered, while 25 wrong guesses at once still get only the limit
     * checked.
     *
     * @return empty if the password may be checked; otherwise when attempts may be made again (nothing counted)
     */
    public synchronized Optional<Instant> begin(String username, String address) {
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            sweepIfDue(now);
            List<Counter> counters = counters(username, address);
            Optional<Instant> refusedUntil = counters.stream().map(counter -> counter.refusedUntil(now))
                    .flatMap(Optional::stream).max(Instant::compareTo);
            if (refusedUntil.isEmpty()) {
                counters.forEach(Counter::countPending);
                return refusedUntil;
            }
            long left = deadline - System.nanoTime();
            boolean outcomesAwaited = counters.stream().anyMatch(Counter::hasPending);
            if (!outcomesAwaited || left <= 0) {
                return outcomesAwaited ? Optional.of(now.plusSeconds(1)) : refusedUntil;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(now.plusSeconds(1));
            }
        }
    }

    /** The password was wrong: the attempt stays counted as a failure. */
    public synchronized void failed(String username, String address) {
        counters(username, address).forEach(Counter::settle);
        notifyAll();
    }

    /** The password was right: this attempt and the pair's earlier failures no longer count. */
    public synchronized void succeeded(String username, String address) {
        List<Counter> counters = counters(username, address);
        counters.forEach(Counter::settle);
        failures.remove(counters.get(0).key());
        counters.subList(1, counters.size()).forEach(Counter::takeBackOne);
        notifyAll();
    }

    /** The attempt ended before any password was checked (disabled account, database error): take it back. */
    public synchronized void abandoned(String username, String address) {
        counters(username, address).forEach(counter -> {
            counter.settle();
            counter.takeBackOne();
        });
        notifyAll();
    }

    private List<Counter> counters(String username, String address) {
        String account = Usernames.normalise(username);
        String from = address == null ? "?" : address;
        Counter pair = new Counter("pair:" + from + " " + account, properties.maxFailedLogins());
        return List.of(pair, new Counter("address:" + from, properties.maxFailedLoginsPerAddress()));
    }

    /** Forgets counts that have aged out, so that names and addresses tried once do not pile up. */
    private void sweepIfDue(Instant now) {
        if (lastSweep.plus(properties.lockout()).isAfter(now)) {
            return;
        }
        lastSweep = now;
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext();) {
            Deque<Instant> times = it.next();
            prune(times, now);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(properties.lockout());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private final class Counter {
        private final String key;
        private final int limit;

        Counter(String key, int limit) {
            this.key = key;
            this.limit = limit;
        }

        String key() {
            return key;
        }

        Deque<Instant> times() {
            return failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        }

        void countPending() {
            times().addLast(clock.instant());
            pending.merge(key, 1, Integer::sum);
        }

        boolean hasPending() {
            return pending.getOrDefault(key, 0) > 0;
        }

        void settle() {
            pending.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }

        /** While {@code limit} failures lie in the window: until the one that keeps it full ages out. */
        Optional<Instant> refusedUntil(Instant now) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                return Optional.empty();
            }
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Iterator<Instant> newestFirst = times.descendingIterator();
            Instant keepsItFull = null;
            for (int i = 0; i < limit; i++) {
                keepsItFull = newestFirst.next();
            }
            return Optional.of(keepsItFull.plus(properties.lockout()));
        }

        void takeBackOne() {
            Deque<Instant> times = failures.get(key);
            if (times != null) {
                times.pollLast();
                if (times.isEmpty()) {
                    failures.remove(key);
                }
            }
        }
    }
}
