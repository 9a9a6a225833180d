package fr.allervers.maraude.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

import fr.allervers.geo.Geometries;
import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.maraude.solver.LeftOutVisit;
import fr.allervers.maraude.solver.PlannedStop;
import fr.allervers.maraude.solver.RoundPlan;
import fr.allervers.maraude.solver.RoundPlanner;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.RoundProblemBuilder;
import fr.allervers.routing.CachingTravelTimeProvider;
import fr.allervers.routing.GraphHopperTravelTimeProvider;
import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;
import fr.allervers.support.SharedGeodata;

/**
 * A small maraude in Monaco routed on the real OSM extract, through the same steps the service takes after loading
 * a plan: travel times, solving, then drawing each round's route with {@link MaraudeResults#draw}.
 */
class MaraudeRoadPlanTest {

    private static final LonLat BASE = new LonLat(7.4197, 43.7390);
    private static final List<VisitSpec> VISITS = List.of(
            visit("casino", "Place du Casino", new LonLat(7.42764, 43.73946)),
            visit("stade", "Stade Louis II", new LonLat(7.41545, 43.72765)),
            visit("palais", "Place du Palais", new LonLat(7.4200, 43.7314)),
            visit("larvotto", "Plage du Larvotto", new LonLat(7.4340, 43.7450)),
            visit("mer", "Point en mer", new LonLat(7.45, 43.70)));

    private static CachingTravelTimeProvider roads;
    private static RoundProblem problem;
    private static RoundPlan plan;
    private static List<MaraudeResults.DrawnRound> drawn;

    @BeforeAll
    static void planOnRoads() {
        Path osm = SharedGeodata.require("osm/monaco.osm.gz");
        roads = new CachingTravelTimeProvider(new GraphHopperTravelTimeProvider(osm,
                Path.of("target", "graphhopper-cache", "monaco")), 4);
        TeamSpec van = new TeamSpec("van@0", "Camion", TravelMode.CAR, LocalTime.of(9, 0), LocalTime.of(13, 0), BASE,
                Set.of(), null);
        problem = new RoundProblemBuilder(roads).build(List.of(van), VISITS);
        plan = RoundPlanner.withLimits(Duration.ofSeconds(5), Duration.ofSeconds(1)).plan(problem);
        drawn = new MaraudeResults(null, roads).draw(plan, problem);
    }

    @AfterAll
    static void close() throws Exception {
        if (roads != null) {
            roads.close();
        }
    }

    @Test
    void theVisitInTheSeaIsReportedUnreachableAndTheOthersArePlanned() {
        assertThat(plan.leftOut()).singleElement().satisfies(left -> {
            assertThat(left.visitId()).isEqualTo("mer");
            assertThat(left.mandatory()).isTrue();
            assertThat(left.reason()).startsWith("Point en mer : lieu injoignable, ").contains("voie praticable");
        });
        assertThat(plan.rounds().get(0).stops()).extracting(PlannedStop::visitId)
                .containsExactlyInAnyOrder("casino", "stade", "palais", "larvotto");
        // The unreachable visit never reaches the solver, which plans the rest without breaking a rule; the plan
        // as a whole is still not feasible, as a mandatory visit is missing.
        assertThat(plan.score()).startsWith("0hard/0medium");
        assertThat(plan.feasible()).isFalse();
        assertThat(plan.mandatoryLeftOut()).extracting(LeftOutVisit::visitId).containsExactly("mer");
    }

    @Test
    void theRouteFollowsTheRoadsThroughEveryStop() {
        assertThat(drawn).singleElement().satisfies(round -> {
            LineString line = round.route().line();
            assertThat(line.getSRID()).isEqualTo(Geometries.WGS84);
            // Roads, not straight legs: many vertices, and longer than the straight polyline through the stops.
            int stops = round.round().stops().size();
            assertThat(line.getNumPoints()).isGreaterThan(10 * (stops + 1));
            double straight = 0;
            LonLat previous = BASE;
            for (PlannedStop stop : round.round().stops()) {
                LonLat next = position(stop.visitId());
                straight += GreatCircleTravelTimeProvider.haversineMetres(previous, next);
                previous = next;
            }
            straight += GreatCircleTravelTimeProvider.haversineMetres(previous, BASE);
            assertThat(round.route().distanceMetres()).isGreaterThan(straight * 1.1);
            // The route passes within about 150 m of every stop (snapping onto the nearest road).
            for (PlannedStop stop : round.round().stops()) {
                Geometry near = Geometries.point(position(stop.visitId()).lon(), position(stop.visitId()).lat())
                        .buffer(0.002);
                assertThat(line.intersects(near)).as(stop.name()).isTrue();
            }
        });
    }

    @Test
    void aDayWhoseOnlyPlaceIsInTheSeaIsPlannedEmptyWithTheReason() {
        TeamSpec walkers = new TeamSpec("pied@0", "À pied", TravelMode.FOOT, LocalTime.of(9, 0), LocalTime.of(12, 0),
                BASE, Set.of(), null);
        RoundProblem onlySea = new RoundProblemBuilder(roads).build(List.of(walkers), List.of(VISITS.get(4)));

        RoundPlan empty = RoundPlanner.withLimits(Duration.ofSeconds(1), Duration.ofSeconds(1)).plan(onlySea);

        assertThat(empty.rounds()).singleElement().satisfies(round -> assertThat(round.stops()).isEmpty());
        assertThat(empty.mandatoryLeftOut()).extracting(LeftOutVisit::visitId).containsExactly("mer");
        assertThat(new MaraudeResults(null, roads).draw(empty, onlySea))
                .singleElement().satisfies(round -> assertThat(round.route()).isNull());
    }

    private static LonLat position(String visitId) {
        return VISITS.stream().filter(v -> v.id().equals(visitId)).findFirst().orElseThrow().point();
    }

    private static VisitSpec visit(String id, String name, LonLat point) {
        return new VisitSpec(id, name, VisitKind.STREET_HOTSPOT, point, Duration.ofMinutes(15),
                List.of(new TimeWindow(9 * 3600, 12 * 3600)), Set.of(), 0, 1, true);
    }
}
