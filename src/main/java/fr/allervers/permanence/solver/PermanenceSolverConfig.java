package fr.allervers.permanence.solver;

import java.time.Duration;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.Seat;

/**
 * The solver configuration, in code: the Spring Boot starter is not used. Default phases: a construction heuristic
 * per entity class fills what the warm start left empty, then local search with the default change and swap moves on
 * places and seats, which suffice at this size (a few hundred permanences), so nearby selection is not configured.
 */
public final class PermanenceSolverConfig {

    private PermanenceSolverConfig() {
    }

    public static SolverConfig create(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(PermanenceSchedule.class)
                .withEntityClasses(Permanence.class, Seat.class)
                .withConstraintProviderClass(PermanenceConstraintProvider.class)
                // Bavet: pure Java, starts in milliseconds, no Drools rule compilation.
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationConfig(termination);
    }

    /** For interactive use: the time the coordinator is willing to wait. */
    public static TerminationConfig timeLimit(Duration limit) {
        return new TerminationConfig().withSpentLimit(limit);
    }

    /** Stops when a best score is reached or after a safety time limit, whichever comes first. */
    public static TerminationConfig bestScoreOr(String bestScoreLimit, Duration limit) {
        return new TerminationConfig().withBestScoreLimit(bestScoreLimit).withSpentLimit(limit);
    }

    /** Stops when no better plan has been found for {@code unimproved}, or after {@code limit}. */
    public static TerminationConfig unimprovedOr(Duration unimproved, Duration limit) {
        return new TerminationConfig().withUnimprovedSpentLimit(unimproved).withSpentLimit(limit);
    }
}
