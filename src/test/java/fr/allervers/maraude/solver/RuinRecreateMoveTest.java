package fr.allervers.maraude.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.maraude.domain.RoundRules;
import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.Visit;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/**
 * The ruin-and-recreate move under FULL_ASSERT: after every move and every undo OptaPlanner recomputes the score and
 * the shadow variables from scratch and fails on any difference. The day has what makes the incremental score
 * fragile: lunch breaks, a team on foot with a walking limit, balanced workloads, optional visits and tight windows.
 */
class RuinRecreateMoveTest {

    private static final LonLat BASE = new LonLat(4.8866, 45.6976);
    private static final RoundRules RULES = new RoundRules(LocalTime.of(12, 0), LocalTime.of(14, 0),
            Duration.ofMinutes(45), 6_000L, Duration.ofHours(6), 1);

    private static RoundSolution humaneDay() {
        List<VisitSpec> visits = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            double angle = i * Math.PI / 7;
            double radius = 0.01 + 0.004 * (i % 3);
            TimeWindow window = i % 4 == 0 ? TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(11, 0))
                    : TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0));
            visits.add(new VisitSpec("p" + i, "Lieu " + i, VisitKind.PLACE, new LonLat(BASE.lon() + radius
                    * Math.cos(angle), BASE.lat() + 0.6 * radius * Math.sin(angle)), Duration.ofMinutes(25),
                    List.of(window), Set.of(), 0, 1 + i % 5, i % 3 != 0));
        }
        List<TeamSpec> teams = List.of(team("1", TravelMode.CAR), team("2", TravelMode.CAR),
                team("pied", TravelMode.FOOT));
        return new RoundProblemBuilder(new GreatCircleTravelTimeProvider()).build(teams, visits).solution();
    }

    private static TeamSpec team(String id, TravelMode mode) {
        return new TeamSpec(id, "Équipe " + id, mode, LocalTime.of(9, 0), LocalTime.of(15, 0), BASE, Set.of(), null,
                0, RULES);
    }

    private static SolverConfig fullAssert(LocalSearchPhaseConfig localSearch) {
        return RoundSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(2L))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }

    @Test
    void ruinAndRecreateAloneKeepsTheScoreUncorrupted() {
        LocalSearchPhaseConfig ruinOnly = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(20))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));

        RoundSolution solved = SolverFactory.<RoundSolution>create(fullAssert(ruinOnly)).buildSolver()
                .solve(humaneDay());

        assertEveryVisitOnceWithItsTeam(solved);
    }

    /**
     * Capacities and tight windows on the first 20 customers of C101, 3 vehicles: a range-replacing first version of
     * the move passed the humane day above but corrupted the score here.
     */
    @Test
    void ruinAndRecreateKeepsTheScoreUncorruptedOnASolomonDay() throws Exception {
        java.nio.file.Path file = fr.allervers.support.SharedGeodata.require("solomon/C101.txt");
        fr.allervers.maraude.bench.SolomonInstance c101 = fr.allervers.maraude.bench.SolomonInstance.read(file);
        fr.allervers.maraude.bench.SolomonInstance small = new fr.allervers.maraude.bench.SolomonInstance("C101-20", 3,
                c101.capacity(), c101.customers().subList(0, 21));
        LocalSearchPhaseConfig ruinOnly = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(20))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));

        RoundSolution solved = SolverFactory.<RoundSolution>create(fullAssert(ruinOnly)).buildSolver()
                .solve(fr.allervers.maraude.bench.SolomonAdapter.toSolution(small));

        assertEveryVisitOnceWithItsTeam(solved);
    }

    @Test
    void theProductMixKeepsTheScoreUncorrupted() {
        SolverConfig product = RoundSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(2L));
        LocalSearchPhaseConfig mix = (LocalSearchPhaseConfig) product.getPhaseConfigList().get(1);

        RoundSolution solved = SolverFactory.<RoundSolution>create(fullAssert(mix)).buildSolver().solve(humaneDay());

        assertEveryVisitOnceWithItsTeam(solved);
    }

    @Test
    void aMoveTakesVisitsOutOfRoundsNearTheSeedAndPutsEachBackExactlyOnce() {
        RoundSolution day = SolverFactory.<RoundSolution>create(RoundSolverConfig.create(
                new TerminationConfig().withSecondsSpentLimit(1L))).buildSolver().solve(humaneDay());
        RuinAndRecreate heuristic = new RuinAndRecreate(6, 4, 0.01, RuinAndRecreate.neighbours(day.getVisits(), 10));
        Random random = new Random(7);

        int doable = 0;
        for (int i = 0; i < 50; i++) {
            RuinRecreateMove move = heuristic.createMove(day, random);
            Map<Team, List<Visit>> after = new IdentityHashMap<>();
            day.getTeams().forEach(team -> after.put(team, team.getVisits()));
            for (int t = 0; t < move.getPlanningEntities().size(); t++) {
                after.put(move.getPlanningEntities().get(t), move.newList(t));
            }
            List<Visit> all = after.values().stream().flatMap(List::stream).toList();
            assertThat(all).hasSize(day.getVisits().size()).containsExactlyInAnyOrderElementsOf(day.getVisits());
            doable += move.isMoveDoable(null) ? 1 : 0;
        }
        assertThat(doable).as("moves that change something").isGreaterThan(25);
    }

    private static void assertEveryVisitOnceWithItsTeam(RoundSolution solved) {
        List<Visit> placed = new ArrayList<>();
        for (Team team : solved.getTeams()) {
            for (Visit visit : team.getVisits()) {
                assertThat(visit.getTeam()).isSameAs(team);
                placed.add(visit);
            }
        }
        assertThat(placed).containsExactlyInAnyOrderElementsOf(solved.getVisits());
        assertThat(solved.getScore()).isNotNull();
    }
}
