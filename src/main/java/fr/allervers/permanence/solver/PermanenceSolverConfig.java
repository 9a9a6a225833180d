package fr.allervers.permanence.solver;

import java.time.Duration;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.Seat;

/**
 * The solver configuration, in code: the Spring Boot starter is not used. A construction heuristic per entity class
 * fills what the warm start left empty; then late acceptance (OptaPlanner's default local search) over the change and
 * swap moves on places and seats, plus now and then a move on a whole weekly series
 * ({@link SeriesMoveIteratorFactory}). Nearby selection is not configured: at this size (a few hundred permanences)
 * every place is a reasonable candidate.
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
                .withTerminationConfig(termination)
                .withPhases(constructionHeuristic(Permanence.class), constructionHeuristic(Seat.class), localSearch());
    }

    /**
     * How often a series move is picked, against 1 for the change moves and 1 for the swap moves. One series move
     * changes a few dozen variables and costs as much to score; tuned with {@code scripts/bench-permanence.sh}.
     */
    static final double SERIES_MOVE_WEIGHT = 0.3;

    /** As OptaPlanner's default phases: one construction heuristic per entity class, places before people. */
    private static ConstructionHeuristicPhaseConfig constructionHeuristic(Class<?> entityClass) {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId(entityClass.getName())
                        .withEntityClass(entityClass)));
    }

    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeriesMoveIteratorFactory.class)
                        .withFixedProbabilityWeight(SERIES_MOVE_WEIGHT)));
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
