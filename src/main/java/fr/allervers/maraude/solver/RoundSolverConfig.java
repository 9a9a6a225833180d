package fr.allervers.maraude.solver;

import java.util.List;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
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
 * over moves that mostly relocate, swap or reverse visits near each other (nearby selection), plus a few unbiased
 * moves so that the left-out list, which is never "near", stays reachable.
 */
public final class RoundSolverConfig {

    /** How far down the nearby list moves look; 40 is OptaPlanner's own vehicle routing benchmark setting. */
    static final int NEARBY_SIZE = Integer.getInteger("tune.nearby", 40);
    static final int LATE_ACCEPTANCE_SIZE = Integer.getInteger("tune.la", 400);

    private RoundSolverConfig() {
    }

    public static SolverConfig create(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(RoundSolution.class)
                .withEntityClasses(Team.class, Visit.class)
                .withConstraintProviderClass(RoundConstraintProvider.class)
                // Bavet: OptaPlanner's own incremental engine, faster than Drools for these streams.
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationConfig(termination)
                .withMoveThreadCount(System.getProperty("tune.threads"))
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
    }

    private static LocalSearchPhaseConfig localSearch() {
        List<MoveSelectorConfig> moves = List.of(
                nearbyListChange(),
                nearbyListSwap(),
                nearbySubListChange(),
                new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(3),
                new ListChangeMoveSelectorConfig());
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
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
