package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import fr.allervers.absence.Absences;
import fr.allervers.geo.Geometries;
import fr.allervers.permanence.daysoff.DaysOff;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.targets.CommuneTargets;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.Leg;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.TravelTimeProvider;
import fr.allervers.routing.UnreachablePoint;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.Territory;
import fr.allervers.territory.WeeklyHalfDays;

/**
 * Permanence travel comes from the application's travel-time provider, asked by car: a provider with other times
 * (roads) changes the minutes the rules read, and a place it cannot reach is a day away and named in the plan's
 * explanation. Plain unit test: the mapper's database collaborators are not needed for travel.
 */
class TerritoryProblemMapperTravelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Consortium CONSORTIUM = new Consortium("Test");

    private final Place saintFons = place(1, "Place Roger-Salengro", "69199", 4.8570, 45.7085);
    private final Place solaize = place(2, "Parvis de la mairie de Solaize", "69296", 4.8400, 45.6395);
    private final TerritoryData data = new TerritoryData(new Territory("Sud", CONSORTIUM, false), List.of(),
            List.of(saintFons, solaize), List.of(), List.of(), Map.of());

    @Test
    void theDefaultProviderGivesAirDistanceAtItsCarSpeed() {
        GreatCircleTravelTimeProvider air = new GreatCircleTravelTimeProvider();
        long seconds = air.matrix(List.of(lonLat(saintFons), lonLat(solaize)), TravelMode.CAR).durationSeconds(0, 1);

        PermanenceProblem problem = mapper(air).problem(data, MONDAY, MONDAY.plusDays(4), 0, List.of());

        // About 7.8 km as the crow flies, 1.3 × at 25 km/h: 24 to 25 minutes.
        assertThat(minutes(problem, 1, 2)).isEqualTo((int) Math.ceil(seconds / 60.0)).isBetween(23, 26);
    }

    @Test
    void roadTimesFromTheProviderAreTheMinutesTheRulesRead() {
        List<List<LonLat>> asked = new java.util.ArrayList<>();
        TravelTimeProvider roads = provider((points, mode) -> {
            asked.add(points);
            assertThat(mode).isEqualTo(TravelMode.CAR);
            return new TravelMatrix(points, new long[][] {{0, 41 * 60}, {47 * 60, 0}}, new double[2][2], List.of());
        });

        PermanenceProblem problem = mapper(roads).problem(data, MONDAY, MONDAY.plusDays(4), 0, List.of());
        PermanenceSchedule schedule = ScheduleBuilder.build(problem);

        assertThat(asked).containsExactly(List.of(lonLat(saintFons), lonLat(solaize)));
        assertThat(minutes(problem, 1, 2)).isEqualTo(41);
        assertThat(minutes(problem, 2, 1)).isEqualTo(47);
        assertThat(schedule.getRules().travel().minutes(candidate(problem, 1), candidate(problem, 2))).isEqualTo(41);
    }

    @Test
    void aPlaceTheRoadsCannotReachIsADayAwayAndSaysWhy() {
        TravelTimeProvider roads = provider((points, mode) -> new TravelMatrix(points, new long[2][2],
                new double[2][2], List.of(new UnreachablePoint(1, points.get(1), "à plus de 200 m d'une route"))));

        PermanenceProblem problem = mapper(roads).problem(data, MONDAY, MONDAY.plusDays(4), 0, List.of());

        assertThat(minutes(problem, 1, 2)).isEqualTo(PlaceTravel.UNREACHABLE_MINUTES);
        assertThat(problem.travel().unreachablePlaces()).containsExactly(Map.entry(2L, "à plus de 200 m d'une route"));
    }

    private static TerritoryProblemMapper mapper(TravelTimeProvider travel) {
        Absences absences = mock(Absences.class);
        when(absences.staffAway(any(), any(), any())).thenReturn(Map.of());
        when(absences.vansAway(any(), any(), any())).thenReturn(Map.of());
        CommuneTargets targets = mock(CommuneTargets.class);
        when(targets.of(any())).thenReturn(Map.of());
        DaysOff daysOff = mock(DaysOff.class);
        when(daysOff.daysOff(any(), any(), any())).thenReturn(List.of());
        return new TerritoryProblemMapper(null, null, null, null, absences, targets, daysOff, travel);
    }

    private static TravelTimeProvider provider(java.util.function.BiFunction<List<LonLat>, TravelMode, TravelMatrix> m) {
        return new TravelTimeProvider() {
            @Override
            public TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
                return m.apply(points, mode);
            }

            @Override
            public Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode) {
                return Optional.empty();
            }
        };
    }

    private static int minutes(PermanenceProblem problem, long from, long to) {
        return problem.travel().minutes(candidate(problem, from), candidate(problem, to));
    }

    private static CandidatePlace candidate(PermanenceProblem problem, long id) {
        return problem.places().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private static LonLat lonLat(Place place) {
        return new LonLat(place.getLocation().getX(), place.getLocation().getY());
    }

    private static Place place(long id, String name, String insee, double lon, double lat) {
        Place place = new Place(CONSORTIUM, "P" + id);
        place.update(name, PlaceKind.PUBLIC_SQUARE, insee, true, WeeklyHalfDays.workingWeek(),
                Geometries.point(lon, lat));
        ReflectionTestUtils.setField(place, "id", id);
        return place;
    }
}
