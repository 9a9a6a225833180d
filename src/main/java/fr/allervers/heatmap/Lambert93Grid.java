package fr.allervers.heatmap;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;

/**
 * The heatmap grid: square cells in Lambert-93 (EPSG:2154, metres), the official projection of metropolitan
 * France, so that every cell has the same area on the ground; each cell is sent to the map as a WGS84 polygon.
 */
final class Lambert93Grid {

    /** Where Lambert-93 is meaningful: metropolitan France and Corsica. */
    private static final Envelope METROPOLITAN = new Envelope(-5.8, 10.0, 41.2, 51.3);

    private Lambert93Grid() {
    }

    /** @return the Lambert-93 extent of the viewport, or null when it lies outside metropolitan France */
    static Envelope extent(BoundingBox bbox) {
        Envelope viewport = new Envelope(bbox.minLon(), bbox.maxLon(), bbox.minLat(), bbox.maxLat())
                .intersection(METROPOLITAN);
        if (viewport.isNull() || viewport.getArea() == 0) {
            return null;
        }
        // Edges are densified: a straight edge in degrees is curved in Lambert-93.
        Polygon outline = (Polygon) Densifier.densify(Geometries.FACTORY.toGeometry(viewport),
                Math.max(viewport.getWidth(), viewport.getHeight()) / 16);
        return CrsTransformer.toLambert93(outline).getEnvelopeInternal();
    }

    static Polygon cell(long column, long row, double size) {
        double x = column * size;
        double y = row * size;
        Coordinate[] ring = {wgs84(x, y), wgs84(x + size, y), wgs84(x + size, y + size), wgs84(x, y + size), null};
        ring[4] = ring[0];
        return Geometries.FACTORY.createPolygon(ring);
    }

    private static Coordinate wgs84(double x, double y) {
        return CrsTransformer.toWgs84(x, y, CrsTransformer.LAMBERT_93);
    }
}
