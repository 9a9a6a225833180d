package fr.allervers.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** The one place where WGS84 geometries are built: H2 rejects SRID 0, so everything carries 4326. */
public final class Geometries {

    public static final int WGS84 = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private Geometries() {
    }

    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    public static Polygon envelope(double minLon, double minLat, double maxLon, double maxLat) {
        return (Polygon) FACTORY.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    /** Polygon becomes a one-part MultiPolygon so that a table column holds one geometry type. */
    public static MultiPolygon toMultiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return withWgs84(multi);
        }
        if (geometry instanceof Polygon polygon) {
            Polygon copy = FACTORY.createPolygon(FACTORY.createLinearRing(polygon.getExteriorRing().getCoordinateSequence()),
                    holes(polygon));
            return FACTORY.createMultiPolygon(new Polygon[] {copy});
        }
        throw new IllegalArgumentException("not a polygon: " + geometry.getGeometryType());
    }

    private static org.locationtech.jts.geom.LinearRing[] holes(Polygon polygon) {
        var holes = new org.locationtech.jts.geom.LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = FACTORY.createLinearRing(polygon.getInteriorRingN(i).getCoordinateSequence());
        }
        return holes;
    }

    public static <G extends Geometry> G withWgs84(G geometry) {
        geometry.setSRID(WGS84);
        return geometry;
    }
}
