package fr.allervers.maraude.solver;

import java.util.List;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * Builds the solver configuration in code: the OptaPlanner Spring Boot starter does not run on Boot 4, and the
 * Solomon benchmark must use exactly the same engine as the product.
 *
 * <p>Construction: cheapest insertion (OptaPlanner's default for a list variable). Local search: late acceptance
 * over moves that mostly relocate, swap or move (possibly reversed) runs of visits next to visits nearby (nearby
 * selection), plus unbiased relocations so that the left-out list, which is never "near", stays reachable, plus
 * now and then a ruin-and-recreate move ({@link RuinRecreateMoveIteratorFactory}) that rebuilds several rounds
 * around one place at once, which single relocations cannot do without passing through worse plans.
 */
public final class RoundSolverConfig {

    /** How far down the nearby list moves look; 40 is OptaPlanner's own vehicle routing benchmark setting. */
    static final int NEARBY_SIZE = 40;
    /**
     * Short late acceptance histories converge fast (small days, short runs); longer ones escape deeper local optima
     * when the solver has time. Measured on Solomon instances at 10-30 s.
     */
    public static final int DEFAULT_LATE_ACCEPTANCE_SIZE = 50;
    /**
     * How often a ruin-and-recreate move is picked, against 1 for each nearby move selector. One such move costs
     * about as much to score as a few dozen small moves. Tuned on the shared Solomon instances.
     */
    static final double RUIN_RECREATE_WEIGHT = 0.1;

    private RoundSolverConfig() {
    }

    public static SolverConfig create(TerminationConfig termination) {
        return create(termination, DEFAULT_LATE_ACCEPTANCE_SIZE, 0L);
    }

    /** A variant for running several searches side by side (different history length and random seed). */
    public static SolverConfig create(TerminationConfig termination, int lateAcceptanceSize, long randomSeed) {
        return new SolverConfig()
                .withSolutionClass(RoundSolution.class)
                .withEntityClasses(Team.class, Visit.class)
                .withConstraintProviderClass(RoundConstraintProvider.class)
                // Bavet: OptaPlanner's own incremental engine, faster than Drools for these streams.
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationConfig(termination)
                .withRandomSeed(randomSeed)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(lateAcceptanceSize));
    }

    /**
     * Sub-list swaps and k-opt moves were tried and dropped: on Solomon instances they cost more evaluation time than
     * they won, while reversing sub-list changes already cover 2-opt within a round.
     */
    private static LocalSearchPhaseConfig localSearch(int lateAcceptanceSize) {
        List<MoveSelectorConfig> moves = List.of(
                nearbyListChange().withFixedProbabilityWeight(1.0),
                nearbyListSwap().withFixedProbabilityWeight(1.0),
                nearbySubListChange().withFixedProbabilityWeight(1.0),
                new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class)
                        .withFixedProbabilityWeight(RUIN_RECREATE_WEIGHT));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    private static ListChangeMoveSelectorConfig nearbyListChange() {
        return new ListChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("changeOrigin"))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginValueSelectorConfig(mimic("changeOrigin"))));
    }

    private static ListSwapMoveSelectorConfig nearbyListSwap() {
        return new ListSwapMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig().withId("swapOrigin"))
                .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginValueSelectorConfig(mimic("swapOrigin"))));
    }

    private static SubListChangeMoveSelectorConfig nearbySubListChange() {
        return new SubListChangeMoveSelectorConfig()
                .withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(new SubListSelectorConfig().withId("subListOrigin"))
                .withDestinationSelectorConfig(new DestinationSelectorConfig()
                        .withNearbySelectionConfig(nearby().withOriginSubListSelectorConfig(
                                new SubListSelectorConfig().withMimicSelectorRef("subListOrigin"))));
    }

    private static NearbySelectionConfig nearby() {
        return new NearbySelectionConfig()
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(NEARBY_SIZE);
    }

    private static ValueSelectorConfig mimic(String id) {
        return new ValueSelectorConfig().withMimicSelectorRef(id);
    }
}
