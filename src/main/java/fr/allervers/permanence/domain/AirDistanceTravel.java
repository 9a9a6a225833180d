package fr.allervers.permanence.domain;

import java.util.Map;

/**
 * Fills a {@link VanTravelTimes} from coordinates: great-circle distance × detour factor at an average speed.
 * Good enough for tests and generated instances; real plans should use road times.
 */
public final class AirDistanceTravel {

    /** Typical for suburban roads: about 1.3 × the straight line at 30 km/h door to door. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    public static final double DEFAULT_SPEED_KMH = 30;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public record LonLat(double lon, double lat) {
    }

    private AirDistanceTravel() {
    }

    public static VanTravelTimes matrix(Map<Long, LonLat> placeCoordinates) {
        return matrix(placeCoordinates, DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH);
    }

    public static VanTravelTimes matrix(Map<Long, LonLat> placeCoordinates, double detourFactor, double speedKmh) {
        VanTravelTimes matrix = new VanTravelTimes();
        placeCoordinates.forEach((fromId, from) -> placeCoordinates.forEach((toId, to) -> {
            double km = greatCircleKm(from, to) * detourFactor;
            matrix.put(fromId, toId, (int) Math.ceil(km / speedKmh * 60));
        }));
        return matrix;
    }

    /** Haversine distance on a spherical Earth. */
    public static double greatCircleKm(LonLat a, LonLat b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
