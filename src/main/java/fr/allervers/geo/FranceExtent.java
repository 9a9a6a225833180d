package fr.allervers.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Where French data can lie: metropolitan France and the overseas departments and collectivities, each with its own
 * bounds ({@link FrenchTerritory}). A file whose coordinates fall elsewhere after reprojection almost always has
 * swapped axes or a wrong CRS, so it is refused.
 */
public final class FranceExtent {

    private FranceExtent() {
    }

    /** Whether the geometry lies within the bounds of one French territory (a feature never spans two). */
    public static boolean contains(Geometry geometry) {
        return FrenchTerritory.holding(geometry.getEnvelopeInternal()).isPresent();
    }
}
