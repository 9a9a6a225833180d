package fr.allervers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.allervers.support.SharedGeodata;

/**
 * The road matrix, on the contracted graph (what the provider serves) and with one-to-many searches on the base
 * graph, agrees, entry by entry, with one GraphHopper route per pair (the way it used to be
 * computed), on the real Monaco extract: same unreachable points, durations within 1 s, distances within 1 m.
 */
class OneToManyRoadMatrixTest {

    /** Open sea, about 4 km south of Monte-Carlo: no road within 300 m. */
    private static final LonLat SEA = new LonLat(7.45, 43.70);

    private static GraphHopperTravelTimeProvider provider;

    @BeforeAll
    static void loadMonaco() {
        Path osm = SharedGeodata.require("osm/monaco.osm.gz");
        provider = new GraphHopperTravelTimeProvider(osm, Path.of("target", "graphhopper-cache", "monaco"));
    }

    @AfterAll
    static void close() {
        if (provider != null) {
            provider.close();
        }
    }

    /**
     * 20 places spread over the principality (seeded, kept when both profiles can snap them: Monaco's bounding box is
     * half sea), the sea point among them, and one place given twice.
     */
    static List<LonLat> places() {
        Random random = new Random(17);
        List<LonLat> points = new ArrayList<>();
        points.add(new LonLat(7.42764, 43.73946)); // Place du Casino
        points.add(new LonLat(7.41545, 43.72765)); // Stade Louis II
        while (points.size() < 20) {
            LonLat point = new LonLat(7.411 + random.nextDouble() * 0.026, 43.727 + random.nextDouble() * 0.022);
            if (provider.snapProblem(point, TravelMode.CAR).isEmpty()
                    && provider.snapProblem(point, TravelMode.FOOT).isEmpty()) {
                points.add(point);
            }
        }
        points.add(9, SEA);
        points.add(new LonLat(7.42764, 43.73946)); // the casino again: two visits at one address
        return points;
    }

    static Stream<Arguments> modesAndGraphs() {
        return Stream.of(TravelMode.values()).flatMap(mode -> Stream.of(
                Arguments.of(mode, true), Arguments.of(mode, false)));
    }

    /** {@code contracted}: the CH bucket matrix the provider serves, or the one-to-many searches on the base graph. */
    @ParameterizedTest(name = "{0}, contracted {1}")
    @MethodSource("modesAndGraphs")
    void everyEntryEqualsThePointToPointRoute(TravelMode mode, boolean contracted) {
        List<LonLat> points = places();

        TravelMatrix matrix = provider.matrix(points, mode, contracted);
        TravelMatrix reference = PointToPointMatrix.compute(provider, points, mode);

        assertThat(matrix.unreachable()).isEqualTo(reference.unreachable());
        assertThat(matrix.unreachable()).anySatisfy(u -> {
            assertThat(u.index()).isEqualTo(9);
            assertThat(u.point()).isEqualTo(SEA);
            assertThat(u.reason()).contains("voie praticable");
        });
        int reachable = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!matrix.isReachable(i)) {
                continue;
            }
            reachable++;
            for (int j = 0; j < points.size(); j++) {
                if (!matrix.isReachable(j)) {
                    continue;
                }
                String pair = mode + " " + i + " -> " + j;
                assertThat(matrix.durationSeconds(i, j)).as(pair)
                        .isCloseTo(reference.durationSeconds(i, j), offset(1L));
                assertThat(matrix.distanceMetres(i, j)).as(pair)
                        .isCloseTo(reference.distanceMetres(i, j), offset(1.0));
            }
        }
        assertThat(reachable).as("places on the road network").isGreaterThanOrEqualTo(18);
        // Not a matrix of zeros: the casino to the stadium is a real trip, and the repeated address costs nothing.
        assertThat(matrix.durationSeconds(0, 1)).isPositive();
        assertThat(matrix.distanceMetres(1, 0)).isGreaterThan(1000);
        assertThat(matrix.durationSeconds(0, points.size() - 1)).isZero();
        assertThat(matrix.durationSeconds(points.size() - 1, 0)).isZero();
    }
}
