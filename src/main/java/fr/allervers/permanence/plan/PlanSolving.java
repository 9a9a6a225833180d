package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.solver.PermanenceSolver;
import fr.allervers.permanence.solver.PlanExplanation;
import jakarta.annotation.PreDestroy;

/**
 * Runs plans on the {@link SolverManager}, asynchronously. Every new best solution is published to the listeners
 * ({@link PlanProgress}) and written to the database at most every few seconds, so that a restart loses little; the
 * final one marks the plan DONE. On shutdown, running plans are stopped and marked INTERRUPTED with their best
 * solution kept; after a crash {@link PlanRecovery} does the same at startup.
 */
@Component
class PlanSolving {

    private static final Logger LOG = LoggerFactory.getLogger(PlanSolving.class);
    private static final long SHUTDOWN_WAIT_MS = 10_000;

    /**
     * A submitted plan, queued or solving. Each submission gets its own ticket as the solver manager's problem id:
     * the final consumer of a solve runs after the solver manager has let go of it, so a re-plan submitted in
     * between under the plan's own id could be cut off from its time limit by the previous solve's clean-up.
     */
    private static final class Job {
        final long ticket;
        volatile long lastCheckpointNanos = System.nanoTime();
        volatile ScheduledFuture<?> timeLimit;

        Job(long ticket) {
            this.ticket = ticket;
        }
    }

    private final SolverManager<PermanenceSchedule, Long> solverManager;
    private final PermanencePlanRepository plans;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;
    private final PlanProgress progress;
    private final TransactionTemplate transactions;
    private final long checkpointNanos;
    /** By plan id: the latest submission of each plan. */
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong tickets = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "permanence-time-limit");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean shuttingDown;

    PlanSolving(SolverManager<PermanenceSchedule, Long> solverManager, PermanencePlanRepository plans,
            TerritoryProblemMapper mapper, PlanScoring scoring, PlanProgress progress,
            TransactionTemplate transactions, PermanenceProperties properties) {
        this.solverManager = solverManager;
        this.plans = plans;
        this.mapper = mapper;
        this.scoring = scoring;
        this.progress = progress;
        this.transactions = transactions;
        this.checkpointNanos = TimeUnit.SECONDS.toNanos(properties.checkpointSeconds());
    }

    /** Call after the plan (status SOLVING) is committed: the solver thread reads it back. */
    void submit(long planId) {
        Job job = new Job(tickets.incrementAndGet());
        jobs.put(planId, job);
        try {
            solverManager.solveAndListen(job.ticket, ticket -> loadProblem(planId, job), best -> onBest(planId, job, best),
                    last -> onFinal(planId, job, last), (ticket, error) -> onError(planId, job, error));
        } catch (RuntimeException e) {
            release(planId, job);
            throw e;
        }
    }

    boolean isRunning(long planId) {
        return jobs.containsKey(planId);
    }

    /** Runs on the solver thread when the plan's turn comes: the time limit starts now, not when it was queued. */
    private PermanenceSchedule loadProblem(long planId, Job job) {
        PermanenceSchedule schedule = transactions.execute(status -> {
            PermanencePlan plan = plans.findById(planId).orElseThrow();
            List<Long> placeIds = plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList();
            TerritoryData data = mapper.load(plan.getTerritory(), placeIds, true);
            job.timeLimit = timer.schedule(() -> solverManager.terminateEarly(job.ticket), plan.getSecondsLimit(),
                    TimeUnit.SECONDS);
            return scoring.schedule(plan, data);
        });
        return PermanenceSolver.warmStart(schedule);
    }

    private void onBest(long planId, Job job, PermanenceSchedule best) {
        progress.publish(planId, PlanStatus.SOLVING, String.valueOf(best.getScore()));
        if (System.nanoTime() - job.lastCheckpointNanos >= checkpointNanos) {
            job.lastCheckpointNanos = System.nanoTime();
            try {
                save(planId, best, null, null);
            } catch (RuntimeException e) {
                // A missed checkpoint only costs what a crash at this moment would: keep solving.
                LOG.warn("Checkpoint of permanence plan {} failed", planId, e);
            }
        }
    }

    private void onFinal(long planId, Job job, PermanenceSchedule last) {
        PlanStatus status = shuttingDown ? PlanStatus.INTERRUPTED : PlanStatus.DONE;
        try {
            save(planId, last, status, shuttingDown ? PlanRecovery.INTERRUPTED_MESSAGE : null);
        } catch (RuntimeException e) {
            LOG.warn("Final save of permanence plan {} failed", planId, e);
            status = PlanStatus.FAILED;
            markFailed(planId, "L'enregistrement du plan a échoué : " + e.getMessage());
        } finally {
            release(planId, job);
        }
        progress.finish(planId, status, String.valueOf(last.getScore()));
    }

    private void onError(long planId, Job job, Throwable error) {
        LOG.warn("Permanence plan {} failed", planId, error);
        try {
            markFailed(planId, "Le calcul a échoué : " + error.getMessage());
        } finally {
            release(planId, job);
        }
        progress.finish(planId, PlanStatus.FAILED, null);
    }

    /** Best effort: if the database is gone too, PlanRecovery marks the plan at the next start. */
    private void markFailed(long planId, String message) {
        try {
            transactions.executeWithoutResult(status -> plans.findById(planId).ifPresent(
                    plan -> plan.finish(PlanStatus.FAILED, message)));
        } catch (RuntimeException e) {
            LOG.warn("Could not mark permanence plan {} as failed", planId, e);
        }
    }

    /** Forgets this submission only: a re-plan may already have replaced it. */
    private void release(long planId, Job job) {
        jobs.remove(planId, job);
        ScheduledFuture<?> timeLimit = job.timeLimit;
        if (timeLimit != null) {
            timeLimit.cancel(false);
        }
    }

    /** Checkpoints and the final plan. Synchronized: the last checkpoint and the final save must not interleave. */
    private synchronized void save(long planId, PermanenceSchedule schedule, PlanStatus finalStatus, String note) {
        PlanExplanation explanation = scoring.explain(schedule);
        List<PlannedPermanence> held = schedule.plan();
        transactions.executeWithoutResult(status -> plans.findById(planId).ifPresent(plan -> {
            plan.replacePermanences(held.stream().map(PlanPermanence::of).toList());
            plans.flush(); // the broken rules name the stored permanences by id
            scoring.store(plan, schedule, explanation);
            if (finalStatus != null) {
                plan.finish(finalStatus, note);
            }
        }));
    }

    /**
     * Stops every plan and waits (a little) for the running ones to save their best solution. Plans still waiting
     * in line are cancelled: OptaPlanner calls no consumer for them, so they are not waited for; they stay SOLVING in
     * the database and {@link PlanRecovery} marks them at the next start.
     */
    @PreDestroy
    void stopAll() throws InterruptedException {
        shuttingDown = true;
        Set<Long> left = new TreeSet<>();
        jobs.forEach((planId, job) -> {
            // Returns once the job has ended or been taken out of the queue; a job that started has its time limit.
            solverManager.terminateEarly(job.ticket);
            if (job.timeLimit == null) {
                jobs.remove(planId, job);
                left.add(planId);
            }
        });
        long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT_MS;
        while (!jobs.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        timer.shutdownNow();
        left.addAll(jobs.keySet());
        if (!left.isEmpty()) {
            LOG.info("Permanence plans {} left SOLVING at shutdown; marked INTERRUPTED on next start", left);
        }
    }
}
