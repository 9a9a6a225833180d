package fr.allervers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GreatCircleTravelTimeProviderTest {

    /** Vénissieux and Saint-Fons town halls, about 2.9 km apart. */
    private static final LonLat VENISSIEUX = new LonLat(4.8866, 45.6976);
    private static final LonLat SAINT_FONS = new LonLat(4.8570, 45.7085);

    @Test
    void haversineMatchesAKnownDistance() {
        // One degree of latitude is 111.2 km on the mean sphere.
        assertThat(GreatCircleTravelTimeProvider.haversineMetres(new LonLat(4.8, 45), new LonLat(4.8, 46)))
                .isCloseTo(111_195, within(10.0));
    }

    @Test
    void matrixAppliesDetourFactorAndSpeedPerMode() {
        var provider = new GreatCircleTravelTimeProvider(1.5, Map.of(TravelMode.FOOT, 1.0, TravelMode.CAR, 10.0));
        TravelMatrix foot = provider.matrix(List.of(VENISSIEUX, SAINT_FONS), TravelMode.FOOT);
        TravelMatrix car = provider.matrix(List.of(VENISSIEUX, SAINT_FONS), TravelMode.CAR);
        double air = GreatCircleTravelTimeProvider.haversineMetres(VENISSIEUX, SAINT_FONS);

        assertThat(foot.distanceMetres(0, 1)).isCloseTo(air * 1.5, within(0.01));
        assertThat(foot.durationSeconds(0, 1)).isEqualTo(Math.round(air * 1.5));
        assertThat(car.durationSeconds(1, 0)).isEqualTo(Math.round(air * 1.5 / 10));
        assertThat(foot.durationSeconds(0, 0)).isZero();
        assertThat(foot.unreachable()).isEmpty();
    }

    @Test
    void legIsAStraightLineInWgs84() {
        Leg leg = new GreatCircleTravelTimeProvider().leg(VENISSIEUX, SAINT_FONS, TravelMode.CAR).orElseThrow();

        assertThat(leg.geometry().getSRID()).isEqualTo(4326);
        assertThat(leg.geometry().getCoordinateN(0)).isEqualTo(VENISSIEUX.toCoordinate());
        assertThat(leg.geometry().getCoordinateN(1)).isEqualTo(SAINT_FONS.toCoordinate());
    }

    @Test
    void rejectsADetourFactorBelowOne() {
        assertThatThrownBy(() -> new GreatCircleTravelTimeProvider(0.9, Map.of(TravelMode.FOOT, 1.0, TravelMode.CAR, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cachingProviderComputesEachMatrixOnce() {
        int[] calls = {0};
        TravelTimeProvider counting = new TravelTimeProvider() {
            private final GreatCircleTravelTimeProvider real = new GreatCircleTravelTimeProvider();

            @Override
            public TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
                calls[0]++;
                return real.matrix(points, mode);
            }

            @Override
            public java.util.Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode) {
                return real.leg(from, to, mode);
            }
        };
        var caching = new CachingTravelTimeProvider(counting, 4);

        TravelMatrix first = caching.matrix(List.of(VENISSIEUX, SAINT_FONS), TravelMode.CAR);
        TravelMatrix second = caching.matrix(List.of(VENISSIEUX, SAINT_FONS), TravelMode.CAR);
        caching.matrix(List.of(VENISSIEUX, SAINT_FONS), TravelMode.FOOT);

        assertThat(second).isSameAs(first);
        assertThat(calls[0]).isEqualTo(2);
    }
}
