package fr.allervers.permanence.plan;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.solver.PermanenceSolver;
import fr.allervers.permanence.solver.PlanExplanation;
import fr.allervers.solving.BackgroundSolver;
import fr.allervers.solving.SolveRun;
import fr.allervers.solving.SolvingJobs;
import jakarta.annotation.PreDestroy;

/**
 * Solves permanence plans as background jobs ({@link SolvingJobs}), on the job thread of whichever instance took
 * the job. Every new best solution is pushed to this instance's listeners ({@link PlanProgress}) and written to the
 * database at most every {@code checkpoint-seconds} with its score and the solving time spent so far, so that the
 * other instances show it and an instance taking the job over continues from it with the time left; the final one
 * marks the plan DONE. On a planned shutdown the solve stops early, checkpoints and is handed back.
 */
@Component
class PlanSolving implements BackgroundSolver {

    static final String KIND = "permanence";
    static final String INTERRUPTED_MESSAGE =
            "Le service s'est arrêté pendant le calcul : le meilleur plan trouvé jusque-là est conservé.";
    /** A solve taken over near its end still gets this long: loading and warming up take a few seconds. */
    static final long MIN_RESUMED_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(PlanSolving.class);
    private static final long WATCH_MS = 200;

    private final SolverFactory<PermanenceSchedule> solverFactory;
    private final PermanencePlanRepository plans;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;
    private final PlanProgress progress;
    private final TransactionTemplate transactions;
    private final SolvingJobs jobs;
    private final long checkpointNanos;
    private final ScheduledExecutorService watch = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "permanence-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    PlanSolving(SolverFactory<PermanenceSchedule> solverFactory, PermanencePlanRepository plans,
            TerritoryProblemMapper mapper, PlanScoring scoring, PlanProgress progress,
            TransactionTemplate transactions, PermanenceProperties properties, SolvingJobs jobs) {
        this.solverFactory = solverFactory;
        this.plans = plans;
        this.mapper = mapper;
        this.scoring = scoring;
        this.progress = progress;
        this.transactions = transactions;
        this.jobs = jobs;
        this.checkpointNanos = TimeUnit.SECONDS.toNanos(properties.checkpointSeconds());
    }

    /** Queues the plan (status SOLVING); call inside the transaction that stores it, so both commit together. */
    void submit(long planId) {
        jobs.submit(KIND, planId);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Long> solvingPlanIds() {
        return plans.findSolvingIds();
    }

    /** A plan solving without a job keeps its last checkpoint and is marked INTERRUPTED: the coordinator re-plans. */
    @Override
    public boolean orphaned(long planId) {
        transactions.executeWithoutResult(status -> plans.findById(planId)
                .filter(plan -> plan.getStatus() == PlanStatus.SOLVING)
                .ifPresent(plan -> plan.finish(PlanStatus.INTERRUPTED, INTERRUPTED_MESSAGE)));
        return false;
    }

    private record Start(PermanenceSchedule schedule, long limitMs, long spentMs) {
    }

    /**
     * Runs when a job thread takes the plan: the time limit counts from here, not from the wait in line, minus the
     * time an earlier run (before a crash or a shutdown) already had.
     */
    @Override
    public Outcome solve(long planId, SolveRun run) {
        Start start;
        try {
            start = transactions.execute(status -> plans.findById(planId)
                    .filter(plan -> plan.getStatus() == PlanStatus.SOLVING)
                    .map(plan -> {
                        List<Long> placeIds = plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList();
                        TerritoryData data = mapper.load(plan.getTerritory(), placeIds, true);
                        return new Start(scoring.schedule(plan, data), plan.getSecondsLimit() * 1000L,
                                plan.getSolvingSpentMs());
                    }).orElse(null));
        } catch (RuntimeException e) {
            return failed(planId, e);
        }
        if (start == null) {
            return Outcome.FINISHED; // withdrawn, or ended by an earlier run: nothing left to do
        }
        long budgetMs = start.spentMs() == 0 ? start.limitMs()
                : Math.max(start.limitMs() - start.spentMs(), MIN_RESUMED_MS);
        // One line per solve started: how many times each plan was solved, and where (scripts/bench-instances.sh).
        LOG.info("Solving permanence plan {} for {} ms{}", planId, budgetMs,
                start.spentMs() == 0 ? "" : " (continued after " + start.spentMs() + " ms)");
        long startedNanos = System.nanoTime();
        LongSupplier spentMs = () -> start.spentMs() + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        Solver<PermanenceSchedule> solver = solverFactory.buildSolver();
        Checkpoints checkpoints = new Checkpoints(planId, startedNanos, spentMs);
        solver.addEventListener(event -> {
            PermanenceSchedule best = event.getNewBestSolution(); // a copy the solver no longer changes
            progress.publish(planId, PlanStatus.SOLVING, String.valueOf(best.getScore()));
            checkpoints.pending.set(best);
        });
        // Checked again and again rather than once: terminateEarly before the solver has started would be lost. The
        // checkpoints are written here too, so that the best plan is saved even when no better one follows.
        ScheduledFuture<?> watching = watch.scheduleWithFixedDelay(() -> {
            if (run.stopping() || System.nanoTime() - startedNanos >= TimeUnit.MILLISECONDS.toNanos(budgetMs)) {
                solver.terminateEarly();
            }
            checkpoints.writeIfDue();
        }, Math.min(WATCH_MS, budgetMs), WATCH_MS, TimeUnit.MILLISECONDS);
        run.onStop(solver::terminateEarly);
        try {
            PermanenceSchedule last = solver.solve(PermanenceSolver.warmStart(start.schedule()));
            checkpoints.close(); // waits for a checkpoint being written by the watch, and allows no more
            if (run.stopping()) {
                save(planId, last, null, spentMs.getAsLong());
                LOG.info("Permanence plan {} handed back at shutdown after {} ms of solving", planId,
                        spentMs.getAsLong());
                return Outcome.HANDED_BACK;
            }
            save(planId, last, PlanStatus.DONE, spentMs.getAsLong());
            progress.finish(planId, PlanStatus.DONE, String.valueOf(last.getScore()));
            return Outcome.FINISHED;
        } catch (RuntimeException e) {
            checkpoints.close();
            if (run.stopping()) {
                // Not the plan's fault: the database went with the shutdown. The plan keeps its last checkpoint and
                // its job, taken again once found dead or at the next start.
                LOG.warn("Permanence plan {} could not be handed back at shutdown; its last checkpoint stays", planId,
                        e);
                return Outcome.HANDED_BACK;
            }
            return failed(planId, e);
        } finally {
            watching.cancel(false);
        }
    }

    /**
     * The checkpoints of one solve: the latest best plan not yet written, written at most every
     * {@code checkpoint-seconds}. Closed before the final save, which no late checkpoint may overwrite.
     */
    private final class Checkpoints {
        final AtomicReference<PermanenceSchedule> pending = new AtomicReference<>();
        private final long planId;
        private final LongSupplier spentMs;
        private long lastNanos;
        private boolean closed;

        Checkpoints(long planId, long startedNanos, LongSupplier spentMs) {
            this.planId = planId;
            this.lastNanos = startedNanos;
            this.spentMs = spentMs;
        }

        synchronized void writeIfDue() {
            if (closed || System.nanoTime() - lastNanos < checkpointNanos) {
                return;
            }
            PermanenceSchedule best = pending.getAndSet(null);
            if (best == null) {
                return;
            }
            lastNanos = System.nanoTime();
            try {
                save(planId, best, null, spentMs.getAsLong());
            } catch (RuntimeException e) {
                // A missed checkpoint only costs what a crash at this moment would: keep solving.
                LOG.warn("Checkpoint of permanence plan {} failed", planId, e);
            }
        }

        /** Waits for a checkpoint being written, and allows no more. */
        synchronized void close() {
            closed = true;
        }
    }

    private Outcome failed(long planId, RuntimeException error) {
        LOG.warn("Permanence plan {} failed", planId, error);
        try {
            transactions.executeWithoutResult(status -> plans.findById(planId).ifPresent(
                    plan -> plan.finish(PlanStatus.FAILED, "Le calcul a échoué : " + error.getMessage())));
        } catch (RuntimeException e) {
            // The database is gone too: the plan stays SOLVING without a job, settled at the next start.
            LOG.warn("Could not mark permanence plan {} as failed", planId, e);
        }
        progress.finish(planId, PlanStatus.FAILED, null);
        return Outcome.FINISHED;
    }

    /** A checkpoint ({@code finalStatus} null) or the final plan, with the solving time spent so far. */
    private void save(long planId, PermanenceSchedule schedule, PlanStatus finalStatus, long spentMs) {
        PlanExplanation explanation = scoring.explain(schedule);
        List<PlannedPermanence> held = schedule.plan();
        transactions.executeWithoutResult(status -> plans.findById(planId)
                .filter(plan -> plan.getStatus() == PlanStatus.SOLVING)
                .ifPresent(plan -> {
                    plan.replacePermanences(held.stream().map(PlanPermanence::of).toList());
                    plans.flush(); // the broken rules name the stored permanences by id
                    scoring.store(plan, schedule, explanation);
                    plan.spentSolving(spentMs);
                    if (finalStatus != null) {
                        plan.finish(finalStatus, null);
                    }
                }));
    }

    @PreDestroy
    void close() {
        watch.shutdownNow();
    }
}
