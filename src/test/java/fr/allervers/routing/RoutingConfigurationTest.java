package fr.allervers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import fr.allervers.support.SharedGeodata;

/** {@code allervers.routing.*} as an operator writes it, and the provider it selects. */
class RoutingConfigurationTest {

    private static RoutingProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("allervers.routing", RoutingProperties.class);
    }

    @Test
    void defaultsToAirDistanceWithTheUsualSpeeds() throws Exception {
        RoutingProperties properties = bind(Map.of());
        assertThat(properties.provider()).isEqualTo(RoutingProperties.Provider.GREAT_CIRCLE);
        assertThat(properties.speedsKmh()).containsEntry(TravelMode.FOOT, 4.5).containsEntry(TravelMode.CAR, 25.0);

        try (CachingTravelTimeProvider provider = new RoutingConfiguration().travelTimeProvider(properties)) {
            assertThat(provider.followsRoads()).isFalse();
        }
    }

    @Test
    void speedsAndDetourFactorChangeAirDistanceTimes() {
        RoutingProperties properties = bind(Map.of("allervers.routing.provider", "great-circle",
                "allervers.routing.detour-factor", "2", "allervers.routing.speeds-kmh.foot", "3.6"));
        TravelTimeProvider provider = RoutingConfiguration.provider(properties);
        LonLat a = new LonLat(4.85, 45.70);
        LonLat b = new LonLat(4.86, 45.70);

        long seconds = provider.matrix(List.of(a, b), TravelMode.FOOT).durationSeconds(0, 1);
        // 3.6 km/h is 1 m/s: the time in seconds is twice the air distance in metres.
        assertThat(seconds).isEqualTo(Math.round(2 * GreatCircleTravelTimeProvider.haversineMetres(a, b)));
        assertThat(properties.speedsKmh()).containsEntry(TravelMode.CAR, 25.0);
    }

    @Test
    void graphhopperNeedsAnOsmFileAndThenRoutesOnRoads() throws Exception {
        assertThatThrownBy(() -> RoutingConfiguration.provider(bind(Map.of("allervers.routing.provider",
                "graphhopper", "allervers.routing.osm-file", "")))).hasMessageContaining("osm-file");

        Path osm = SharedGeodata.require("osm/monaco.osm.gz");
        RoutingProperties properties = bind(Map.of("allervers.routing.provider", "graphhopper",
                "allervers.routing.osm-file", osm.toString(),
                "allervers.routing.cache-dir", Path.of("target", "graphhopper-cache", "monaco").toString()));
        try (CachingTravelTimeProvider provider = new RoutingConfiguration().travelTimeProvider(properties)) {
            assertThat(provider.followsRoads()).isTrue();
            Leg leg = provider.leg(new LonLat(7.42764, 43.73946), new LonLat(7.41545, 43.72765), TravelMode.CAR)
                    .orElseThrow();
            assertThat(leg.geometry().getNumPoints()).isGreaterThan(10);
        }
    }
}
