package fr.allervers.maraude.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.solver.RoundPlan;
import fr.allervers.maraude.solver.RoundPlanner;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.RoundSolverConfig;

/**
 * Solves maraude plans in the background with one OptaPlanner {@link SolverManager} built here (the OptaPlanner
 * Spring Boot starter does not run on Boot 4). Plans wait in line beyond {@code parallel-solvers}.
 *
 * <p>Each plan gets its own time limit: the job is terminated early that long after a solver takes it.
 * On shutdown, plans still solving keep their SOLVING status and are solved again from their stored request on
 * the next start, so a restart loses nothing.
 */
@Component
class MaraudeSolving implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MaraudeSolving.class);

    private final MaraudeProblemService problems;
    private final MaraudeResults results;
    private final MaraudePlanRepository plans;
    private final SolverManager<RoundSolution, Long> solverManager;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "maraude-solving-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService preparing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "maraude-travel-times");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, RoundProblem> solving = new ConcurrentHashMap<>();
    /** Plans queued or solving in this process, so that resuming never submits one twice. */
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    MaraudeSolving(MaraudeProblemService problems, MaraudeResults results, MaraudePlanRepository plans,
            MaraudeProperties properties) {
        this.problems = problems;
        this.results = results;
        this.plans = plans;
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(properties.maxSeconds()))
                .withUnimprovedSpentLimit(Duration.ofSeconds(properties.unimprovedSeconds()));
        this.solverManager = SolverManager.create(RoundSolverConfig.create(termination),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(properties.parallelSolvers())));
    }

    /**
     * Queues the plan. Travel times (possibly road routing, seconds for a large plan) are computed first on one
     * preparing thread, never in the request; then the plan waits for a free solver.
     */
    void submit(long planId) {
        if (submitted.add(planId)) {
            preparing.execute(() -> prepareAndSolve(planId));
        }
    }

    private void prepareAndSolve(long planId) {
        try {
            MaraudeProblemService.PlanSpecs specs = problems.specs(planId);
            RoundProblem problem = problems.problem(specs);
            solving.put(planId, problem);
            if (RoundPlanner.isEmpty(problem.solution())) {
                finish(planId, RoundPlanner.scoredAsEmpty(problem.solution()));
                return;
            }
            solverManager.solve(planId, id -> startClock(id, specs, problem), solution -> finish(planId, solution),
                    this::fail);
        } catch (RuntimeException e) {
            fail(planId, e);
        }
    }

    /** Resumes the plans that were solving when the service last stopped (see {@link MaraudeResumption}). */
    void resumeUnfinished() {
        List<Long> unfinished = plans.findSolvingIds();
        if (!unfinished.isEmpty()) {
            LOG.info("Resuming {} maraude plan(s) left solving: {}", unfinished.size(), unfinished);
        }
        unfinished.forEach(this::submit);
    }

    /** Runs when a solver takes the plan: its time limit counts from here, not from the wait in line. */
    private RoundSolution startClock(Long planId, MaraudeProblemService.PlanSpecs specs, RoundProblem problem) {
        timer.schedule(() -> solverManager.terminateEarly(planId), specs.secondsLimit(), TimeUnit.SECONDS);
        return problem.solution();
    }

    private void finish(long planId, RoundSolution solution) {
        RoundProblem problem = solving.remove(planId);
        try {
            if (closing || problem == null) {
                return; // stopped by shutdown: the plan stays SOLVING and is solved again on the next start
            }
            RoundPlan plan = RoundPlanner.read(solution, problem);
            results.store(planId, plan, results.draw(plan, problem));
        } catch (RuntimeException e) {
            fail(planId, e);
        } finally {
            submitted.remove(planId);
        }
    }

    private void fail(Long planId, Throwable error) {
        solving.remove(planId);
        submitted.remove(planId);
        if (closing) {
            return;
        }
        LOG.warn("Maraude plan {} failed", planId, error);
        String reason = error instanceof IllegalArgumentException ? error.getMessage()
                : "échec du calcul : " + error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")");
        try {
            results.fail(planId, reason);
        } catch (RuntimeException e) {
            LOG.error("Could not mark maraude plan {} as failed", planId, e);
        }
    }

    @Override
    public void destroy() {
        closing = true;
        preparing.shutdownNow();
        timer.shutdownNow();
        solverManager.close();
    }
}
