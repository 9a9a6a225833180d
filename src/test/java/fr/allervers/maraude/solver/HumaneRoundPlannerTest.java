package fr.allervers.maraude.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.allervers.maraude.domain.RoundRules;
import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/** Lunch, balance and the walking limit solved for real on small hand-made days around Vénissieux. */
class HumaneRoundPlannerTest {

    private static final GreatCircleTravelTimeProvider AIR = new GreatCircleTravelTimeProvider();
    private static final LonLat BASE = new LonLat(4.8866, 45.6976);
    private static final RoundRules RULES = new RoundRules(LocalTime.of(12, 0), LocalTime.of(14, 0),
            Duration.ofMinutes(45), 12_000L, Duration.ofHours(6), 1);
    private static final RoundPlanner PLANNER = RoundPlanner.withLimits(Duration.ofSeconds(3), Duration.ofSeconds(1));

    /** Eight places within 2 km of the base, open all day, 30 minutes each. */
    private static List<VisitSpec> nearbyDay() {
        List<VisitSpec> visits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double angle = i * Math.PI / 4;
            visits.add(place("p" + i, new LonLat(BASE.lon() + 0.02 * Math.cos(angle), BASE.lat()
                    + 0.012 * Math.sin(angle)), TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)), true));
        }
        return visits;
    }

    private static VisitSpec place(String id, LonLat point, TimeWindow window, boolean mandatory) {
        return new VisitSpec(id, "Lieu " + id, VisitKind.PLACE, point, Duration.ofMinutes(30), List.of(window),
                Set.of(), 0, 5, mandatory);
    }

    private static TeamSpec team(String id, TravelMode mode, RoundRules rules) {
        return new TeamSpec(id, "Équipe " + id, mode, LocalTime.of(9, 0), LocalTime.of(17, 0), BASE, Set.of(), null,
                0, rules);
    }

    @Test
    void twoVansFromOneBaseShareTheStopsAndTakeTheirBreakInTheWindow() {
        RoundProblem problem = new RoundProblemBuilder(AIR).build(
                List.of(team("1", TravelMode.CAR, RULES), team("2", TravelMode.CAR, RULES)), nearbyDay());

        RoundPlan plan = PLANNER.plan(problem);

        assertThat(plan.feasible()).as(plan.score()).isTrue();
        int total = plan.rounds().stream().mapToInt(r -> r.stops().size()).sum();
        assertThat(total).isEqualTo(8);
        for (TeamRound round : plan.rounds()) {
            assertThat(round.stops().size()).as("stops of team %s", round.teamId()).isGreaterThanOrEqualTo(3);
            if (round.lunch() != null) {
                assertThat(round.lunch().start()).isBetween(12 * 3600L, 13 * 3600L + 15 * 60);
                for (PlannedStop stop : round.stops()) {
                    boolean overlaps = stop.serviceStart() < round.lunch().end()
                            && stop.departure() > round.lunch().start();
                    assertThat(overlaps).as("stop %s during the break", stop.visitId()).isFalse();
                }
            }
        }
    }

    @Test
    void withoutRulesOneVanMayDoEverythingSoTheBalanceIsWhatSharesTheWork() {
        RoundProblem problem = new RoundProblemBuilder(AIR).build(
                List.of(team("1", TravelMode.CAR, RoundRules.NONE), team("2", TravelMode.CAR, RoundRules.NONE)),
                nearbyDay());

        RoundPlan plan = PLANNER.plan(problem);

        // Travel alone favours one round: the probe of issue 15 (11 stops for one team, its base for the other).
        int fewest = plan.rounds().stream().mapToInt(r -> r.stops().size()).min().orElseThrow();
        assertThat(fewest).isLessThan(3);
    }

    @Test
    void aTeamOnFootNeverWalksBeyondTheLimitAndTheFarHotelIsExplained() {
        List<VisitSpec> visits = new ArrayList<>(nearbyDay());
        // 7 km as the crow flies, over 9 km walked: 18 km there and back, beyond 12 km even alone.
        visits.add(new VisitSpec("far", "Hôtel Rivage", VisitKind.HOTEL_115, new LonLat(4.8250, 45.6450),
                Duration.ofMinutes(30), List.of(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0))), Set.of(), 0,
                5, true));
        RoundProblem problem = new RoundProblemBuilder(AIR).build(List.of(team("pied", TravelMode.FOOT, RULES)),
                visits);

        RoundPlan plan = PLANNER.plan(problem);

        long walked = walkedMetres(plan.round("pied"), visits);
        assertThat(walked).isLessThanOrEqualTo(12_000);
        assertThat(plan.leftOut()).anySatisfy(left -> {
            assertThat(left.visitId()).isEqualTo("far");
            assertThat(left.reason()).isEqualTo("Hôtel Rivage : laissée de côté : l'équipe à pied dépasserait 12 km"
                    + " de marche");
        });
        assertThat(plan.leftOut()).allSatisfy(left -> assertThat(left.reason()).contains("12 km"));
    }

    private static long walkedMetres(TeamRound round, List<VisitSpec> visits) {
        LonLat at = BASE;
        double metres = 0;
        for (PlannedStop stop : round.stops()) {
            LonLat next = visits.stream().filter(v -> v.id().equals(stop.visitId())).findFirst().orElseThrow().point();
            metres += AIR.leg(at, next, TravelMode.FOOT).orElseThrow().distanceMetres();
            at = next;
        }
        metres += AIR.leg(at, BASE, TravelMode.FOOT).orElseThrow().distanceMetres();
        return Math.round(metres);
    }
}
