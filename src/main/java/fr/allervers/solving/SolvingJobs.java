package fr.allervers.solving;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The background solving of every planner on db-scheduler: each solve is a one-time job, a row of
 * {@code scheduled_tasks} named {@code <kind>-<plan id>-<submission>}, claimed by one instance, which keeps it alive
 * with heartbeats while its planner solves on one of the {@code threads} job threads. Jobs beyond the free threads
 * wait in the table, for this instance or another. When an instance dies, another finds the job's heartbeat stale,
 * revives it and its planner continues from the last checkpoint. A planned shutdown stops the solvers, which
 * checkpoint, and hands their jobs back due at once.
 *
 * <p>Built from a {@link DataSource} that joins the caller's transaction ({@code SolvingConfiguration}), so that a
 * plan and its job are committed together: no instance ever sees a plan waiting without its job.
 */
public class SolvingJobs {

    static final String TASK = "plan-solving";
    private static final Logger LOG = LoggerFactory.getLogger(SolvingJobs.class);

    private final Supplier<? extends Collection<BackgroundSolver>> solvers;
    private final JdbcTemplate jdbc;
    private final InstanceName name = new InstanceName(defaultName("", ""));
    private final Scheduler scheduler;
    private final CustomTask<Void> task;
    private final Set<SolveRun> running = ConcurrentHashMap.newKeySet();
    private volatile boolean started;
    private volatile boolean stopping;

    /**
     * @param dataSource  the database of {@code scheduled_tasks}; for {@link #submit} to join the caller's
     *                    transaction, a transaction-aware one
     * @param solvers     the planners, looked up when needed (they depend on this component to submit)
     * @param housekeeper runs heartbeats and dead-job detection; null for db-scheduler's own (tests stop it to play
     *                    a dead instance)
     */
    public SolvingJobs(DataSource dataSource, Supplier<? extends Collection<BackgroundSolver>> solvers,
            SolvingProperties properties, ScheduledExecutorService housekeeper) {
        this.solvers = solvers;
        this.jdbc = new JdbcTemplate(dataSource);
        this.task = Tasks.custom(TASK, Void.class)
                .onDeadExecutionRevive()
                // The planner records its own failures on the plan: a job that still throws is not tried again.
                .onFailure((complete, operations) -> operations.stop())
                .execute(this::execute);
        SchedulerBuilder builder = Scheduler.create(dataSource, task)
                .schedulerName(name)
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .pollingInterval(properties.polling())
                .shutdownMaxWait(properties.shutdownWait())
                .enableImmediateExecution();
        if (isPostgres(dataSource)) {
            // SELECT … FOR UPDATE SKIP LOCKED: an instance claims only what its threads can start, the rest waits
            // in the table for the others.
            builder.jdbcCustomization(new PostgreSqlJdbcCustomization(false, false)).pollUsingLockAndFetch(0.5, 1.0);
        } else {
            // H2 (one instance): candidates are claimed one by one with an optimistic update of their version. The
            // time columns are TIMESTAMP WITH TIME ZONE, as db-scheduler's default expects.
            builder.jdbcCustomization(new DefaultJdbcCustomization(false));
        }
        if (housekeeper != null) {
            builder.housekeeperExecutor(housekeeper);
        }
        this.scheduler = builder.build();
    }

    /**
     * Queues a solve of the plan, in the caller's transaction when there is one (it then becomes due at the commit).
     * A plan is submitted again only once its previous solve has ended (the planners refuse to re-plan a plan being
     * solved), so each submission gets its own job and a solve being cleaned up never hides the next one.
     */
    public void submit(String kind, long planId) {
        schedule(kind, planId, Long.toString(System.currentTimeMillis(), 36));
    }

    private boolean schedule(String kind, long planId, String submission) {
        boolean scheduled = scheduler.scheduleIfNotExists(task.instance(kind + "-" + planId + "-" + submission),
                Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkForDueJobs();
                }
            });
        } else {
            checkForDueJobs();
        }
        return scheduled;
    }

    private void checkForDueJobs() {
        if (started && !stopping) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    /** True while the plan has a job, waiting or being solved, on any instance. */
    public boolean hasJob(String kind, long planId) {
        return !jobIds(kind, planId).isEmpty();
    }

    /** The instance solving the plan now ({@code scheduled_tasks.picked_by}), if one is. */
    public Optional<String> solvedBy(String kind, long planId) {
        return jdbc.queryForList("select picked_by from scheduled_tasks where task_name = ? and task_instance like ?"
                + " and picked = ?", String.class, TASK, kind + "-" + planId + "-%", true).stream().findFirst();
    }

    /** The name this instance writes in {@code scheduled_tasks.picked_by}. */
    public String instanceName() {
        return name.getName();
    }

    private List<String> jobIds(String kind, long planId) {
        return jdbc.queryForList("select task_instance from scheduled_tasks where task_name = ? and task_instance like ?",
                String.class, TASK, kind + "-" + planId + "-%");
    }

    /**
     * Settles the plans that are solving without any job: stored before jobs existed, or left by a failure between
     * the two. Their planner closes them or has them solved again (one job, even when several instances start
     * together).
     *
     * @return how many plans were settled
     */
    public int settleOrphans() {
        Set<String> jobs = new HashSet<>(jdbc.queryForList(
                "select task_instance from scheduled_tasks where task_name = ?", String.class, TASK));
        Set<String> plansWithJob = jobs.stream().map(id -> id.substring(0, id.lastIndexOf('-')))
                .collect(Collectors.toSet());
        int settled = 0;
        for (BackgroundSolver solver : solvers.get()) {
            for (long planId : solver.solvingPlanIds()) {
                if (!plansWithJob.contains(solver.kind() + "-" + planId)) {
                    settled++;
                    if (solver.orphaned(planId)) {
                        schedule(solver.kind(), planId, "0");
                    }
                }
            }
        }
        if (settled > 0) {
            LOG.info("{} plan(s) found solving without a job were settled", settled);
        }
        return settled;
    }

    /**
     * Starts taking jobs, once the service is ready.
     *
     * @param instanceName the configured name; empty for host, port and process id
     * @param port         the server port, part of the default name
     */
    public synchronized void start(String instanceName, String port) {
        if (started) {
            return;
        }
        name.set(defaultName(instanceName, port));
        settleOrphans();
        scheduler.start();
        started = true;
        LOG.info("Solving jobs taken by {}", name.getName());
    }

    public boolean isStarted() {
        return started && !stopping;
    }

    /**
     * Planned shutdown: the running solvers stop early and checkpoint, their jobs are handed back due at once (to
     * another instance, or this one at its next start), and the queue is left to the others.
     */
    public synchronized void stop() {
        if (!started || stopping) {
            return;
        }
        stopping = true;
        running.forEach(SolveRun::stop);
        scheduler.stop();
    }

    private CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        String id = instance.getId();
        String[] parts = id.split("-");
        Map<String, BackgroundSolver> byKind = solvers.get().stream()
                .collect(Collectors.toMap(BackgroundSolver::kind, Function.identity()));
        BackgroundSolver solver = parts.length == 3 ? byKind.get(parts[0]) : null;
        if (solver == null) {
            LOG.warn("Solving job {} names no known planner: removed", id);
            return new CompletionHandler.OnCompleteRemove<>();
        }
        if (stopping) {
            return handBack();
        }
        SolveRun run = new SolveRun();
        running.add(run);
        try {
            if (stopping) {
                run.stop();
            }
            BackgroundSolver.Outcome outcome = solver.solve(Long.parseLong(parts[1]), run);
            return outcome == BackgroundSolver.Outcome.HANDED_BACK ? handBack()
                    : new CompletionHandler.OnCompleteRemove<>();
        } catch (RuntimeException e) {
            LOG.error("Solving job {} failed on {}", id, name.getName(), e);
            return new CompletionHandler.OnCompleteRemove<>();
        } finally {
            running.remove(run);
        }
    }

    private static CompletionHandler<Void> handBack() {
        return (complete, operations) -> operations.reschedule(complete, Instant.now());
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database of the solving jobs", e);
        }
    }

    /** host:port/pid unless configured: recognisable in {@code picked_by}, unique per process, at most 50 chars. */
    private static String defaultName(String configured, String port) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        host = host.length() > 30 ? host.substring(0, 30) : host;
        return host + (port == null || port.isBlank() ? "" : ":" + port) + "/" + pid;
    }

    /** The name db-scheduler writes in {@code picked_by}: set at start, once the server port is known. */
    private static final class InstanceName implements SchedulerName {
        private volatile String value;

        InstanceName(String value) {
            this.value = value;
        }

        void set(String value) {
            this.value = value;
        }

        @Override
        public String getName() {
            return value;
        }
    }
}
