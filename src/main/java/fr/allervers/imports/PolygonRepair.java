package fr.allervers.imports;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import fr.allervers.geo.Geometries;

/**
 * Official outlines are often slightly invalid after rounding (self-touching rings, tiny bow-ties). Such a
 * polygon is repaired when the repair barely changes its area; otherwise the file is refused, because a large
 * change means the outline itself is wrong and a silent fix would mislead every map and count built on it.
 */
final class PolygonRepair {

    record Result(MultiPolygon geometry, Optional<ImportReport.Repair> repair) {
    }

    private PolygonRepair() {
    }

    static Result validOrRepaired(Geometry geometry, int feature, String key, double maxAreaChangePercent) {
        if (!(geometry instanceof Polygonal)) {
            throw new ImportRejectedException(feature, key,
                    "géométrie " + geometry.getGeometryType() + " au lieu de Polygon ou MultiPolygon");
        }
        if (geometry.isEmpty()) {
            throw new ImportRejectedException(feature, key, "géométrie vide");
        }
        IsValidOp validity = new IsValidOp(geometry);
        if (validity.isValid()) {
            return new Result(Geometries.toMultiPolygon(geometry), Optional.empty());
        }
        TopologyValidationError error = validity.getValidationError();
        Geometry fixed = polygonsOf(GeometryFixer.fix(geometry));
        double before = Math.abs(signedArea(geometry));
        double change = before == 0 ? 100 : Math.abs(fixed.getArea() - before) / before * 100;
        String reason = error.getMessage() + " près de " + error.getCoordinate();
        if (fixed.isEmpty() || !fixed.isValid() || change > maxAreaChangePercent) {
            throw new ImportRejectedException(feature, key, "polygone invalide (" + reason
                    + ") et non réparable sans changer sa surface de plus de " + maxAreaChangePercent + " %");
        }
        return new Result(Geometries.toMultiPolygon(fixed),
                Optional.of(new ImportReport.Repair(feature, key, reason, Math.round(change * 10000) / 10000.0)));
    }

    /** The repair may also produce lines or points where a ring collapsed: keep only the polygon parts. */
    private static Geometry polygonsOf(Geometry geometry) {
        @SuppressWarnings("unchecked")
        java.util.List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return Geometries.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** Area as drawn (sum of shells minus holes), which for an invalid polygon is what the author meant. */
    private static double signedArea(Geometry geometry) {
        double area = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            area += org.locationtech.jts.algorithm.Area.ofRing(polygon.getExteriorRing().getCoordinateSequence());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                area -= org.locationtech.jts.algorithm.Area.ofRing(polygon.getInteriorRingN(h).getCoordinateSequence());
            }
        }
        return area;
    }
}
