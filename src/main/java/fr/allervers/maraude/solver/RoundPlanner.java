package fr.allervers.maraude.solver;

import java.time.Duration;

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
        return solverFactory.buildSolver().solve(problem);
    }

    public RoundPlan plan(RoundProblem problem) {
        return RoundPlanReader.read(solve(problem.solution()), problem.unreachable());
    }
}
