package fr.allervers.routing;

import org.locationtech.jts.geom.LineString;

/**
 * One travelled leg: duration, distance and the path actually followed (SRID 4326).
 */
public record Leg(long durationSeconds, double distanceMetres, LineString geometry) {
}
