package fr.allervers.maraude.plan;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.solver.RoundPlan;
import fr.allervers.maraude.solver.RoundPlanner;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.RoundSolverConfig;
import fr.allervers.solving.BackgroundSolver;
import fr.allervers.solving.SolveRun;
import fr.allervers.solving.SolvingJobs;
import jakarta.annotation.PreDestroy;

/**
 * Solves maraude plans as background jobs ({@link SolvingJobs}) on the job thread of whichever instance took the
 * job: travel times first (possibly road routing, seconds for a large plan), then OptaPlanner with the plan's own
 * time limit, counted from when the solver starts, not from the wait in line.
 *
 * <p>A maraude plan is stored whole or not at all (its rounds with their score, {@link MaraudeResults}), so it has no
 * checkpoint: a solve stopped by a shutdown, or taken over after a crash, is solved again from its stored request
 * with its full time limit (at most {@code allervers.maraude.max-seconds}, 30 s by default).
 */
@Component
class MaraudeSolving implements BackgroundSolver {

    static final String KIND = "maraude";
    private static final Logger LOG = LoggerFactory.getLogger(MaraudeSolving.class);
    private static final long WATCH_MS = 200;

    private final MaraudeProblemService problems;
    private final MaraudeResults results;
    private final MaraudePlanRepository plans;
    private final SolverFactory<RoundSolution> solverFactory;
    private final SolvingJobs jobs;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "maraude-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    MaraudeSolving(MaraudeProblemService problems, MaraudeResults results, MaraudePlanRepository plans,
            MaraudeProperties properties, SolvingJobs jobs, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.problems = problems;
        this.results = results;
        this.plans = plans;
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(properties.maxSeconds()))
                .withUnimprovedSpentLimit(Duration.ofSeconds(properties.unimprovedSeconds()));
        this.solverFactory = SolverFactory.create(RoundSolverConfig.create(termination));
    }

    /**
     * Checks and stores the plan (status SOLVING) with its solving job, committed together: no instance ever finds
     * the plan solving without a job.
     *
     * @return the new plan's id
     */
    long launch(PlanRequest request) {
        return java.util.Objects.requireNonNull(transactions.execute(status -> {
            long id = problems.create(request).getId();
            jobs.submit(KIND, id);
            return id;
        }));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Long> solvingPlanIds() {
        return plans.findSolvingIds();
    }

    /** Its stored request is all a maraude plan needs: it is solved again. */
    @Override
    public boolean orphaned(long planId) {
        return true;
    }

    @Override
    public Outcome solve(long planId, SolveRun run) {
        try {
            if (plans.findById(planId).filter(plan -> plan.getStatus() == MaraudePlanStatus.SOLVING).isEmpty()) {
                return Outcome.FINISHED;
            }
            MaraudeProblemService.PlanSpecs specs = problems.specs(planId);
            RoundProblem problem = problems.problem(specs);
            if (run.stopping()) {
                return Outcome.HANDED_BACK;
            }
            RoundSolution solved;
            if (RoundPlanner.isEmpty(problem.solution())) {
                solved = RoundPlanner.scoredAsEmpty(problem.solution());
            } else {
                solved = solve(problem.solution(), specs.secondsLimit(), run);
                if (run.stopping()) {
                    LOG.info("Maraude plan {} handed back at shutdown: solved again from its request", planId);
                    return Outcome.HANDED_BACK;
                }
            }
            RoundPlan plan = RoundPlanner.read(solved, problem);
            results.store(planId, plan, results.draw(plan, problem));
        } catch (RuntimeException e) {
            if (run.stopping()) {
                // Not the plan's fault: the service is stopping. Its request stays, it is solved again.
                LOG.warn("Maraude plan {} interrupted by the shutdown; solved again from its request", planId, e);
                return Outcome.HANDED_BACK;
            }
            fail(planId, e);
        }
        return Outcome.FINISHED;
    }

    private RoundSolution solve(RoundSolution problem, int secondsLimit, SolveRun run) {
        Solver<RoundSolution> solver = solverFactory.buildSolver();
        long startedNanos = System.nanoTime();
        long limitNanos = TimeUnit.SECONDS.toNanos(secondsLimit);
        // Checked again and again rather than once: terminateEarly before the solver has started would be lost.
        ScheduledFuture<?> limit = watch.scheduleWithFixedDelay(() -> {
            if (run.stopping() || System.nanoTime() - startedNanos >= limitNanos) {
                solver.terminateEarly();
            }
        }, WATCH_MS, WATCH_MS, TimeUnit.MILLISECONDS);
        run.onStop(solver::terminateEarly);
        try {
            return solver.solve(problem);
        } finally {
            limit.cancel(false);
        }
    }

    private void fail(long planId, Throwable error) {
        LOG.warn("Maraude plan {} failed", planId, error);
        String reason = error instanceof IllegalArgumentException ? error.getMessage()
                : "échec du calcul : " + error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")");
        try {
            results.fail(planId, reason);
        } catch (RuntimeException e) {
            // The database is gone too: the plan stays SOLVING without a job, solved again at the next start.
            LOG.error("Could not mark maraude plan {} as failed", planId, e);
        }
    }

    @PreDestroy
    void close() {
        watch.shutdownNow();
    }
}
