package fr.allervers.routing;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How travel times are computed, under {@code allervers.routing.*}.
 *
 * @param provider {@code great-circle} (air distance, no map data needed) or {@code graphhopper} (roads of
 *        {@code osmFile})
 * @param osmFile an OpenStreetMap extract ({@code .osm.pbf} or {@code .osm.gz}), required for {@code graphhopper}
 * @param cacheDir where GraphHopper keeps the imported graph; imported on first start, loaded afterwards
 * @param maxSnapMetres farther than this from a usable road, a place is reported unreachable
 * @param detourFactor road distance over air distance, for {@code great-circle}
 * @param speedsKmh average speed per travel mode, for {@code great-circle}
 * @param cachedMatrices how many travel matrices are kept for re-planning the same places
 */
@ConfigurationProperties("allervers.routing")
public record RoutingProperties(Provider provider, Path osmFile, Path cacheDir, Double maxSnapMetres,
        Double detourFactor, Map<TravelMode, Double> speedsKmh, Integer cachedMatrices) {

    public enum Provider {
        GREAT_CIRCLE, GRAPHHOPPER
    }

    public RoutingProperties {
        provider = provider == null ? Provider.GREAT_CIRCLE : provider;
        // An environment variable left empty means "no file", not the current directory.
        osmFile = osmFile == null || osmFile.toString().isBlank() ? null : osmFile;
        cacheDir = cacheDir == null ? Path.of("data", "graphhopper") : cacheDir;
        maxSnapMetres = maxSnapMetres == null ? GraphHopperTravelTimeProvider.DEFAULT_MAX_SNAP_DISTANCE_METRES
                : maxSnapMetres;
        detourFactor = detourFactor == null ? GreatCircleTravelTimeProvider.DEFAULT_DETOUR_FACTOR : detourFactor;
        Map<TravelMode, Double> speeds = new EnumMap<>(Map.of(TravelMode.FOOT, 4.5, TravelMode.CAR, 25.0));
        if (speedsKmh != null) {
            speeds.putAll(speedsKmh);
        }
        speedsKmh = Map.copyOf(speeds);
        cachedMatrices = cachedMatrices == null ? 16 : cachedMatrices;
    }

    /** Speeds in metres per second, as the air-distance provider takes them. */
    Map<TravelMode, Double> speedsMetresPerSecond() {
        Map<TravelMode, Double> speeds = new EnumMap<>(TravelMode.class);
        speedsKmh.forEach((mode, kmh) -> speeds.put(mode, kmh / 3.6));
        return speeds;
    }
}
