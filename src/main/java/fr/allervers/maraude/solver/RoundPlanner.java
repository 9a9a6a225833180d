package fr.allervers.maraude.solver;

import java.time.Duration;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.maraude.domain.RoundSolution;

/**
 * Entry point: solves a day of rounds and reads the result. Thread-safe; each call builds its own solver.
 */
public final class RoundPlanner {

    private final SolverFactory<RoundSolution> solverFactory;

    public RoundPlanner(TerminationConfig termination) {
        this.solverFactory = SolverFactory.create(RoundSolverConfig.create(termination));
    }

    /** Stops after {@code limit}, or earlier once {@code unimproved} passes without a better plan. */
    public static RoundPlanner withLimits(Duration limit, Duration unimproved) {
        return new RoundPlanner(new TerminationConfig()
                .withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved));
    }

    public RoundSolution solve(RoundSolution problem) {
        if (isEmpty(problem)) {
            return scoredAsEmpty(problem);
        }
        return solverFactory.buildSolver().solve(problem);
    }

    /** OptaPlanner refuses an empty list of values: a day whose every place is unreachable is not solved. */
    public static boolean isEmpty(RoundSolution problem) {
        return problem.getVisits().isEmpty();
    }

    /** The outcome of an empty day: every team stays at base, nothing is broken. */
    public static RoundSolution scoredAsEmpty(RoundSolution problem) {
        problem.setScore(HardMediumSoftLongScore.ZERO);
        return problem;
    }

    public RoundPlan plan(RoundProblem problem) {
        return read(solve(problem.solution()), problem);
    }

    /** Reads a solution of {@code problem} solved elsewhere (e.g. by a {@code SolverManager}) into a plan. */
    public static RoundPlan read(RoundSolution solved, RoundProblem problem) {
        return RoundPlanReader.read(solved, problem.unreachable());
    }
}
