package fr.allervers.territory;

import org.locationtech.jts.geom.Geometry;

/** Re-imports compare geometries vertex by vertex, tolerating the round trip through the database. */
final class SameGeometry {

    private static final double TOLERANCE_DEGREES = 1e-9;

    private SameGeometry() {
    }

    static boolean test(Geometry a, Geometry b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equalsExact(b, TOLERANCE_DEGREES);
    }
}
