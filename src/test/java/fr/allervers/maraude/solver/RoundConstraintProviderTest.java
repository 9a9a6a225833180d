package fr.allervers.maraude.solver;

import static fr.allervers.maraude.solver.RoundFixtures.A;
import static fr.allervers.maraude.solver.RoundFixtures.B;
import static fr.allervers.maraude.solver.RoundFixtures.MINUTE;
import static fr.allervers.maraude.solver.RoundFixtures.route;
import static fr.allervers.maraude.solver.RoundFixtures.team;
import static fr.allervers.maraude.solver.RoundFixtures.visit;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.Visit;

class RoundConstraintProviderTest {

    /** Built from the production solver configuration, so it runs the same constraint stream engine. */
    private final ConstraintVerifier<RoundConstraintProvider, RoundSolution> verifier =
            ConstraintVerifier.create(RoundSolverConfig.create(new TerminationConfig()));

    @Test
    void penalisesArrivalAfterTheLastWindowByTheDelay() {
        Team team = team("1");
        Visit late = visit("late", A, new TimeWindow(0, 30 * MINUTE));
        route(team, late);
        late.setArrivalTime(40 * MINUTE);

        verifier.verifyThat(RoundConstraintProvider::visitTimeWindows).given(team, late).penalizesBy(10 * MINUTE);
    }

    @Test
    void acceptsEarlyArrivalBecauseTheTeamWaits() {
        Team team = team("1");
        Visit early = visit("early", A, new TimeWindow(60 * MINUTE, 90 * MINUTE));
        route(team, early);
        early.setArrivalTime(10 * MINUTE);

        verifier.verifyThat(RoundConstraintProvider::visitTimeWindows).given(team, early).penalizesBy(0);
    }

    @Test
    void penalisesTheOvertimeOfTheWayBackToBase() {
        // Service 20 min at B from minute 100, then 20 min drive home: back at minute 140 for a shift ending at 120.
        Team team = team("1", 0, 120 * MINUTE, Set.of(), null);
        Visit last = visit("last", B, new TimeWindow(0, 200 * MINUTE));
        route(team, last);
        last.setArrivalTime(100 * MINUTE);

        verifier.verifyThat(RoundConstraintProvider::shiftEnd).given(team, last).penalizesBy(20 * MINUTE);
    }

    @Test
    void acceptsARoundBackBeforeTheShiftEnds() {
        Team team = team("1", 0, 140 * MINUTE, Set.of(), null);
        Visit last = visit("last", B, new TimeWindow(0, 200 * MINUTE));
        route(team, last);
        last.setArrivalTime(100 * MINUTE);

        verifier.verifyThat(RoundConstraintProvider::shiftEnd).given(team, last).penalizesBy(0);
    }

    @Test
    void penalisesEachMissingSkill() {
        Team team = team("1", 0, 600 * MINUTE, Set.of("arabe"), null);
        Visit visit = visit("camp", A, Set.of("PSYCHOLOGIST", "arabe", "pashto"), 0, 1, true);
        route(team, visit);

        verifier.verifyThat(RoundConstraintProvider::requiredSkills).given(team, visit)
                .penalizesBy(2 * RoundConstraintProvider.MISSING_SKILL_WEIGHT);
    }

    @Test
    void acceptsATeamWithTheSkills() {
        Team team = team("1", 0, 600 * MINUTE, Set.of("PSYCHOLOGIST", "arabe"), null);
        Visit visit = visit("camp", A, Set.of("PSYCHOLOGIST"), 0, 1, true);
        route(team, visit);

        verifier.verifyThat(RoundConstraintProvider::requiredSkills).given(team, visit).penalizesBy(0);
    }

    @Test
    void penalisesGoodsAboveCapacity() {
        Team team = team("1", 0, 600 * MINUTE, Set.of(), 10);
        Visit first = visit("a", A, Set.of(), 6, 1, true);
        Visit second = visit("b", B, Set.of(), 7, 1, true);
        route(team, first, second);

        verifier.verifyThat(RoundConstraintProvider::goodsCapacity).given(team, first, second).penalizesBy(3);
    }

    @Test
    void acceptsGoodsWithinCapacityAndTeamsWithoutLimit() {
        Team limited = team("1", 0, 600 * MINUTE, Set.of(), 13);
        Team unlimited = team("2");
        Visit first = visit("a", A, Set.of(), 6, 1, true);
        Visit second = visit("b", B, Set.of(), 7, 1, true);
        Visit third = visit("c", B, Set.of(), 50, 1, true);
        route(limited, first, second);
        route(unlimited, third);

        verifier.verifyThat(RoundConstraintProvider::goodsCapacity)
                .given(limited, unlimited, first, second, third).penalizesBy(0);
    }

    @Test
    void penalisesEachMandatoryVisitLeftOut() {
        Team leftOut = Team.leftOutList();
        Visit mandatory = visit("due", A, Set.of(), 0, 1, true);
        Visit optional = visit("maybe", B, Set.of(), 0, 5, false);
        route(leftOut, mandatory, optional);

        verifier.verifyThat(RoundConstraintProvider::mandatoryVisitLeftOut).given(leftOut, mandatory, optional)
                .penalizesBy(1);
    }

    @Test
    void acceptsMandatoryVisitsOnARound() {
        Team team = team("1");
        Visit mandatory = visit("due", A, Set.of(), 0, 1, true);
        route(team, mandatory);

        verifier.verifyThat(RoundConstraintProvider::mandatoryVisitLeftOut).given(team, mandatory).penalizesBy(0);
    }

    @Test
    void penalisesByPriority() {
        Team leftOut = Team.leftOutList();
        Visit optional = visit("maybe", B, Set.of(), 0, 3, false);
        route(leftOut, optional);

        verifier.verifyThat(RoundConstraintProvider::optionalVisitLeftOut).given(leftOut, optional)
                .penalizesBy(3 * RoundConstraintProvider.PRIORITY_WEIGHT);
    }

    @Test
    void acceptsOptionalVisitsOnARound() {
        Team team = team("1");
        Visit optional = visit("maybe", B, Set.of(), 0, 3, false);
        route(team, optional);

        verifier.verifyThat(RoundConstraintProvider::optionalVisitLeftOut).given(team, optional).penalizesBy(0);
    }

    @Test
    void countsEachLegFromBaseBackToBase() {
        Team team = team("1");
        Visit first = visit("a", A, Set.of(), 0, 1, true);
        Visit second = visit("b", B, Set.of(), 0, 1, true);
        route(team, first, second);

        // base -> A 10 min, A -> B 10 min, B -> base 20 min
        verifier.verifyThat(RoundConstraintProvider::travelTime).given(team, first, second)
                .penalizesBy(40 * MINUTE);
    }

    @Test
    void ignoresVisitsLeftOut() {
        Team leftOut = Team.leftOutList();
        Visit visit = visit("a", B, Set.of(), 0, 1, true);
        route(leftOut, visit);

        verifier.verifyThat(RoundConstraintProvider::travelTime).given(leftOut, visit).penalizesBy(0);
    }
}
