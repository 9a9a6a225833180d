package fr.allervers.routing;

import org.locationtech.jts.geom.Coordinate;

/**
 * A WGS84 position (EPSG:4326), longitude first as in GeoJSON.
 */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Not a WGS84 lon/lat position: " + lon + ", " + lat);
        }
    }

    public Coordinate toCoordinate() {
        return new Coordinate(lon, lat);
    }
}
