package fr.allervers.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Air distance times a detour factor, at a fixed speed per mode. Needs no map data, so it is the default and the
 * fallback when no OSM extract is configured.
 */
public final class GreatCircleTravelTimeProvider implements TravelTimeProvider {

    /** Streets are rarely straight: 1.3 is the usual urban ratio between road and air distance. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final double detourFactor;
    private final Map<TravelMode, Double> speedMetresPerSecond;

    /** 4.5 km/h on foot, 25 km/h by car (urban average including parking). */
    public GreatCircleTravelTimeProvider() {
        this(DEFAULT_DETOUR_FACTOR, Map.of(TravelMode.FOOT, 4.5 / 3.6, TravelMode.CAR, 25 / 3.6));
    }

    public GreatCircleTravelTimeProvider(double detourFactor, Map<TravelMode, Double> speedMetresPerSecond) {
        if (detourFactor < 1) {
            throw new IllegalArgumentException("A detour factor below 1 would beat the straight line");
        }
        this.detourFactor = detourFactor;
        this.speedMetresPerSecond = new EnumMap<>(speedMetresPerSecond);
        for (TravelMode mode : TravelMode.values()) {
            Double speed = this.speedMetresPerSecond.get(mode);
            if (speed == null || speed <= 0) {
                throw new IllegalArgumentException("Missing or non-positive speed for " + mode);
            }
        }
    }

    @Override
    public TravelMatrix matrix(List<LonLat> points, TravelMode mode) {
        int n = points.size();
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distances[i][j] = roadDistanceMetres(points.get(i), points.get(j));
                durations[i][j] = durationSeconds(distances[i][j], mode);
            }
        }
        return new TravelMatrix(points, durations, distances, List.of());
    }

    @Override
    public Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode) {
        double distance = roadDistanceMetres(from, to);
        Coordinate[] line = {from.toCoordinate(), to.toCoordinate()};
        return Optional.of(new Leg(durationSeconds(distance, mode), distance, WGS84.createLineString(line)));
    }

    private double roadDistanceMetres(LonLat a, LonLat b) {
        return haversineMetres(a, b) * detourFactor;
    }

    private long durationSeconds(double metres, TravelMode mode) {
        return Math.round(metres / speedMetresPerSecond.get(mode));
    }

    /** Great-circle distance on the mean Earth sphere; good to 0.5 % at city scale. */
    public static double haversineMetres(LonLat a, LonLat b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat()))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
