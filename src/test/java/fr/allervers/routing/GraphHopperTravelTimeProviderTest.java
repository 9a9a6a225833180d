package fr.allervers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

import fr.allervers.support.SharedGeodata;

/** Road routing on the real Monaco OSM extract shared beside the project. */
class GraphHopperTravelTimeProviderTest {

    /** Place du Casino, Monte-Carlo. */
    private static final LonLat CASINO = new LonLat(7.42764, 43.73946);
    /** Stade Louis II, Fontvieille. */
    private static final LonLat STADIUM = new LonLat(7.41545, 43.72765);
    /** Open sea, about 4 km south of Monte-Carlo. */
    private static final LonLat SEA = new LonLat(7.45, 43.70);

    private static GraphHopperTravelTimeProvider provider;

    @BeforeAll
    static void importMonaco() {
        Path osm = SharedGeodata.require("osm/monaco.osm.gz");
        provider = new GraphHopperTravelTimeProvider(osm, Path.of("target", "graphhopper-cache", "monaco"));
    }

    @AfterAll
    static void close() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void carRouteFollowsRoadsAndTakesAPlausibleTime() {
        Leg leg = provider.leg(CASINO, STADIUM, TravelMode.CAR).orElseThrow();
        double straight = GreatCircleTravelTimeProvider.haversineMetres(CASINO, STADIUM);

        assertThat(leg.distanceMetres()).isGreaterThan(straight * 1.05).isLessThan(straight * 3);
        // 1.7 km of Monaco streets: between 20 and 70 km/h on average.
        assertThat(leg.durationSeconds()).isBetween(
                (long) (leg.distanceMetres() / (70 / 3.6)), (long) (leg.distanceMetres() / (20 / 3.6)));
    }

    @Test
    void footRouteIsAtWalkingSpeed() {
        Leg leg = provider.leg(CASINO, STADIUM, TravelMode.FOOT).orElseThrow();

        assertThat(leg.distanceMetres()).isGreaterThan(GreatCircleTravelTimeProvider.haversineMetres(CASINO, STADIUM));
        double kmh = leg.distanceMetres() / leg.durationSeconds() * 3.6;
        assertThat(kmh).isBetween(3.0, 6.5);
    }

    @Test
    void legGeometryIsARoadPathBetweenTheTwoPointsInWgs84() {
        LineString line = provider.leg(CASINO, STADIUM, TravelMode.CAR).orElseThrow().geometry();
        GeometryFactory factory = line.getFactory();

        assertThat(line.getSRID()).isEqualTo(4326);
        assertThat(line.getNumPoints()).isGreaterThan(10);
        // Snapped ends lie within about 100 m (0.001 degree) of the requested points.
        Geometry start = factory.createPoint(CASINO.toCoordinate()).buffer(0.0015);
        Geometry end = factory.createPoint(STADIUM.toCoordinate()).buffer(0.0015);
        assertThat(start.contains(line.getStartPoint())).isTrue();
        assertThat(end.contains(line.getEndPoint())).isTrue();
        // A road path is not the straight segment between its ends.
        LineString straight = factory.createLineString(new org.locationtech.jts.geom.Coordinate[] {
                line.getCoordinateN(0), line.getCoordinateN(line.getNumPoints() - 1)});
        assertThat(line.getLength()).isGreaterThan(straight.getLength() * 1.05);
    }

    @Test
    void matrixReportsThePointInTheSeaAsUnreachableAndKeepsTheOthers() {
        TravelMatrix matrix = provider.matrix(List.of(CASINO, SEA, STADIUM), TravelMode.CAR);

        assertThat(matrix.unreachable()).singleElement().satisfies(u -> {
            assertThat(u.index()).isEqualTo(1);
            assertThat(u.point()).isEqualTo(SEA);
            assertThat(u.reason()).isNotBlank();
        });
        assertThat(matrix.isReachable(0)).isTrue();
        assertThat(matrix.isReachable(2)).isTrue();
        assertThat(matrix.durationSeconds(0, 2)).isPositive();
        assertThat(matrix.distanceMetres(2, 0)).isGreaterThan(GreatCircleTravelTimeProvider.haversineMetres(CASINO, STADIUM));
        assertThat(provider.leg(CASINO, SEA, TravelMode.FOOT)).isEmpty();
    }

    @Test
    void footMatrixIsSlowerThanCarMatrix() {
        TravelMatrix car = provider.matrix(List.of(CASINO, STADIUM), TravelMode.CAR);
        TravelMatrix foot = provider.matrix(List.of(CASINO, STADIUM), TravelMode.FOOT);

        assertThat(foot.durationSeconds(0, 1)).isGreaterThan(car.durationSeconds(0, 1) * 2);
    }
}
