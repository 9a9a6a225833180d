package fr.allervers.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the solving jobs on one database, without Spring: the table is made by our own H2 migration, the
 * planner is a stand-in that solves in steps and checkpoints each one (as the permanence planner writes its best plan
 * every few seconds). What a crash, a planned shutdown and a queue longer than the threads do to the solves.
 */
class SolvingJobsTest {

    private static final int STEPS = 12;
    private static final SolvingProperties FAST = new SolvingProperties(1, Duration.ofMillis(400), 5,
            Duration.ofMillis(100), Duration.ofSeconds(10), null);

    private final Shared shared = new Shared();
    private final List<SolvingJobs> started = new ArrayList<>();
    private JdbcDataSource database;

    @BeforeEach
    void oneDatabase() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:solving-jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : jobsTableMigration().split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @AfterEach
    void stopAll() throws SQLException {
        shared.thaw.countDown();
        started.forEach(SolvingJobs::stop);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /** kill -9 of the instance solving: its heartbeats stop, the other revives the job and ends it from the checkpoint. */
    @Test
    void aSolveWhoseInstanceDiesIsFinishedByTheOtherFromItsLastCheckpoint() {
        ScheduledExecutorService heartbeatsOfA = Executors.newScheduledThreadPool(3);
        SolvingJobs a = instance("A", new StepSolver("A", shared, 4), heartbeatsOfA);
        a.submit(StepSolver.KIND, 1);
        await("A dies after its 4th checkpoint").atMost(Duration.ofSeconds(20))
                .until(() -> shared.dead.contains(1L));
        heartbeatsOfA.shutdownNow(); // with its job thread, what the kill takes away: the heartbeats
        assertThat(a.solvedBy(StepSolver.KIND, 1)).as("still marked as solved by the dead one").hasValue("A");

        long killed = System.nanoTime();
        instance("B", new StepSolver("B", shared, -1), null);

        await("B finishes the plan").atMost(Duration.ofSeconds(30)).until(() -> "B".equals(shared.finishedBy.get(1L)));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
        assertThat(shared.runs.get(1L)).containsExactly("A@0", "B@4");
        assertThat(shared.mostAtOnce.get()).as("never two solves of one plan at once").isEqualTo(1);
        assertThat(takeover).as("heartbeat × missed heartbeats + detection + polling, with room for a busy machine")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(a.hasJob(StepSolver.KIND, 1)).as("the job is gone once done").isFalse();
    }

    /** A planned shutdown stops the solve at a checkpoint and hands the job back at once, to the other instance. */
    @Test
    void aPlannedShutdownHandsTheSolveBackAtOnce() {
        SolvingJobs a = instance("A", new StepSolver("A", shared, -1), null);
        a.submit(StepSolver.KIND, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> shared.checkpoints.getOrDefault(2L, 0) >= 2);
        instance("B", new StepSolver("B", shared, -1), null);

        a.stop();

        assertThat(shared.handedBack).containsExactly(2L);
        await("B finishes it, well before a dead job would be noticed").atMost(FAST.deadAfter())
                .until(() -> "B".equals(shared.finishedBy.get(2L)));
        assertThat(shared.runs.get(2L)).hasSize(2).first().isEqualTo("A@0");
        assertThat(shared.runs.get(2L).get(1)).as("B goes on from A's checkpoint").isNotEqualTo("B@0");
    }

    /** More plans than threads: each instance solves one at a time, the rest wait; every plan is solved once. */
    @Test
    void queuedPlansAreSharedAndEachIsSolvedOnce() {
        SolvingJobs a = instance("A", new StepSolver("A", shared, -1), null);
        instance("B", new StepSolver("B", shared, -1), null);
        for (long plan = 10; plan < 16; plan++) {
            a.submit(StepSolver.KIND, plan);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> shared.finishedBy.size() == 6);
        shared.runs.values().forEach(runs -> assertThat(runs).hasSize(1));
        assertThat(shared.finishedBy.values()).contains("A", "B");
        assertThat(shared.mostAtOnceOnOneInstance.get()).as("threads = 1").isEqualTo(1);
    }

    private SolvingJobs instance(String name, StepSolver solver, ScheduledExecutorService housekeeper) {
        SolvingJobs jobs = new SolvingJobs(database, () -> List.of(solver), FAST, housekeeper);
        jobs.start(name, "");
        started.add(jobs);
        return jobs;
    }

    private static String jobsTableMigration() throws IOException {
        try (InputStream in = SolvingJobsTest.class.getResourceAsStream("/db/migration/h2/V130__scheduled_tasks.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // The same migration also adds a column to the permanence plans, which this database does not have.
            return sql.substring(0, sql.indexOf("ALTER TABLE permanence_plan")).replaceAll("(?m)^--.*$", "");
        }
    }

    /** What the database and the log of the planners would say, shared by both instances. */
    private static final class Shared {
        final Map<Long, Integer> checkpoints = new ConcurrentHashMap<>();
        final Map<Long, List<String>> runs = new ConcurrentHashMap<>();
        final Map<Long, String> finishedBy = new ConcurrentHashMap<>();
        final List<Long> handedBack = new CopyOnWriteArrayList<>();
        final List<Long> dead = new CopyOnWriteArrayList<>();
        final Map<Long, AtomicInteger> solving = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> solvingOn = new ConcurrentHashMap<>();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger mostAtOnceOnOneInstance = new AtomicInteger();
        final CountDownLatch thaw = new CountDownLatch(1);
    }

    /** Solves in {@link #STEPS} steps from the last checkpoint; the instance may die after a given step. */
    private static final class StepSolver implements BackgroundSolver {
        static final String KIND = "steps";

        private final String name;
        private final Shared shared;
        private final int diesAfter;

        StepSolver(String name, Shared shared, int diesAfter) {
            this.name = name;
            this.shared = shared;
            this.diesAfter = diesAfter;
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Outcome solve(long planId, SolveRun run) {
            int step = shared.checkpoints.getOrDefault(planId, 0);
            shared.runs.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>()).add(name + "@" + step);
            AtomicInteger ofPlan = shared.solving.computeIfAbsent(planId, id -> new AtomicInteger());
            AtomicInteger ofInstance = shared.solvingOn.computeIfAbsent(name, id -> new AtomicInteger());
            shared.mostAtOnce.accumulateAndGet(ofPlan.incrementAndGet(), Math::max);
            shared.mostAtOnceOnOneInstance.accumulateAndGet(ofInstance.incrementAndGet(), Math::max);
            boolean alive = true;
            try {
                while (step < STEPS) {
                    if (run.stopping()) {
                        shared.handedBack.add(planId);
                        return Outcome.HANDED_BACK;
                    }
                    if (step == diesAfter) {
                        alive = false;
                        ofPlan.decrementAndGet();
                        ofInstance.decrementAndGet();
                        shared.dead.add(planId);
                        shared.thaw.await(); // a killed process does nothing more
                        return Outcome.FINISHED;
                    }
                    Thread.sleep(60);
                    shared.checkpoints.put(planId, ++step);
                }
                shared.finishedBy.put(planId, name);
                return Outcome.FINISHED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.FINISHED;
            } finally {
                if (alive) {
                    ofPlan.decrementAndGet();
                    ofInstance.decrementAndGet();
                }
            }
        }

        @Override
        public List<Long> solvingPlanIds() {
            return List.of();
        }

        @Override
        public boolean orphaned(long planId) {
            return false;
        }
    }
}
