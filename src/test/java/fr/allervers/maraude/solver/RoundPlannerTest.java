package fr.allervers.maraude.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/** A small day in Vénissieux and Saint-Fons: two teams, hotels with visiting hours, a camp, a day centre. */
class RoundPlannerTest {

    private static final GreatCircleTravelTimeProvider AIR = new GreatCircleTravelTimeProvider();
    private static final String PSYCHOLOGIST = "PSYCHOLOGIST";
    private static final LonLat BASE = new LonLat(4.8866, 45.6976);

    private static final TeamSpec ON_FOOT = new TeamSpec("foot", "Maraude à pied", TravelMode.FOOT,
            LocalTime.of(9, 0), LocalTime.of(13, 0), BASE, Set.of("arabe"), null);
    private static final TeamSpec VAN = new TeamSpec("van", "Camion", TravelMode.CAR,
            LocalTime.of(8, 30), LocalTime.of(17, 0), BASE, Set.of(PSYCHOLOGIST), 30);

    private static final List<VisitSpec> DAY = List.of(
            hotel("h1", "Hôtel du Parc", new LonLat(4.8790, 45.7010), window(9, 30, 11, 0)),
            hotel("h2", "Hôtel Gare", new LonLat(4.8921, 45.7063), window(10, 0, 12, 0)),
            hotel("h3", "Hôtel des Minguettes", new LonLat(4.8795, 45.6880), window(14, 0, 16, 0)),
            hotel("h4", "Hôtel Saint-Fons Centre", new LonLat(4.8570, 45.7085), window(9, 0, 10, 30),
                    window(15, 0, 16, 30)),
            new VisitSpec("camp", "Campement Parilly", VisitKind.CAMP, new LonLat(4.8800, 45.7170),
                    Duration.ofMinutes(45), List.of(window(13, 0, 15, 0)), Set.of(PSYCHOLOGIST), 12, 5, true),
            new VisitSpec("dc", "Accueil de jour Bron", VisitKind.DAY_CENTRE, new LonLat(4.9020, 45.7060),
                    Duration.ofMinutes(30), List.of(window(9, 0, 12, 0)), Set.of(), 5, 3, false),
            new VisitSpec("spot", "Point de rue Marché", VisitKind.STREET_HOTSPOT, new LonLat(4.8840, 45.6990),
                    Duration.ofMinutes(15), List.of(window(9, 0, 12, 0)), Set.of("arabe"), 0, 2, false));

    private static RoundPlan plan;
    private static RoundPlan planWithImpossibleHotel;

    @BeforeAll
    static void solve() {
        RoundPlanner planner = RoundPlanner.withLimits(Duration.ofSeconds(8), Duration.ofSeconds(1));
        RoundProblemBuilder builder = new RoundProblemBuilder(AIR);
        plan = planner.plan(builder.build(List.of(ON_FOOT, VAN), DAY));
        List<VisitSpec> visits = new ArrayList<>(DAY);
        // Only open at dawn, before any shift starts: impossible whatever the order.
        visits.add(hotel("relais", "Hôtel Le Relais", new LonLat(4.8700, 45.6950), window(5, 0, 6, 0)));
        planWithImpossibleHotel = planner.plan(builder.build(List.of(ON_FOOT, VAN), visits));
    }

    @Test
    void everyMandatoryVisitIsOnARoundAndNoHardRuleIsBroken() {
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score()).startsWith("0hard/0medium");
        List<String> planned = plan.rounds().stream().flatMap(r -> r.stops().stream()).map(PlannedStop::visitId)
                .toList();
        assertThat(planned).contains("h1", "h2", "h3", "h4", "camp").doesNotHaveDuplicates();
        assertThat(plan.leftOut()).noneMatch(LeftOutVisit::mandatory);
    }

    @Test
    void theImpossibleHotelIsLeftOutWithAClearReasonAndTheRestIsStillPlanned() {
        assertThat(planWithImpossibleHotel.feasible()).isFalse();
        assertThat(planWithImpossibleHotel.score()).startsWith("0hard/-1medium");
        assertThat(planWithImpossibleHotel.mandatoryLeftOut()).singleElement().satisfies(left -> {
            assertThat(left.visitId()).isEqualTo("relais");
            assertThat(left.reason()).isEqualTo("Hôtel Le Relais : hors des créneaux de visite compatibles avec la tournée");
        });
    }

    @Test
    void theCampGoesToTheTeamWithAPsychologist() {
        assertThat(plan.round("van").stops()).extracting(PlannedStop::visitId).contains("camp");
    }

    /** Re-checks the timetable with the provider's own travel times, independently of the solver's shadow variables. */
    @Test
    void timetablesRespectTravelTimesWindowsAndShifts() {
        Map<String, VisitSpec> byId = new HashMap<>();
        DAY.forEach(v -> byId.put(v.id(), v));
        for (TeamSpec team : List.of(ON_FOOT, VAN)) {
            TeamRound round = plan.round(team.id());
            LonLat position = team.base();
            long clock = team.shiftStart().toSecondOfDay();
            for (PlannedStop stop : round.stops()) {
                VisitSpec visit = byId.get(stop.visitId());
                long travel = AIR.leg(position, visit.point(), team.mode()).orElseThrow().durationSeconds();
                assertThat(stop.arrival()).isEqualTo(clock + travel);
                assertThat(visit.windows()).anySatisfy(w -> {
                    assertThat(stop.serviceStart()).isGreaterThanOrEqualTo(w.start());
                    assertThat(stop.arrival()).isLessThanOrEqualTo(w.end());
                });
                assertThat(stop.serviceStart()).isGreaterThanOrEqualTo(stop.arrival());
                assertThat(stop.departure()).isEqualTo(stop.serviceStart() + visit.service().toSeconds());
                assertThat(team.skills()).containsAll(visit.requiredSkills());
                clock = stop.departure();
                position = visit.point();
            }
            long back = clock + AIR.leg(position, team.base(), team.mode()).orElseThrow().durationSeconds();
            assertThat(round.backAtBase()).isEqualTo(round.stops().isEmpty() ? team.shiftStart().toSecondOfDay() : back);
            assertThat(back).isLessThanOrEqualTo(team.shiftEnd().toSecondOfDay());
        }
    }

    @Test
    void stopsReadAsClockTimes() {
        PlannedStop first = plan.round("van").stops().get(0);
        assertThat(first.arrivalTime()).isAfter(LocalTime.of(8, 30));
    }

    private static VisitSpec hotel(String id, String name, LonLat point, TimeWindow... windows) {
        return new VisitSpec(id, name, VisitKind.HOTEL_115, point, Duration.ofMinutes(30), List.of(windows),
                Set.of(), 0, 4, true);
    }

    private static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return TimeWindow.of(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }
}
