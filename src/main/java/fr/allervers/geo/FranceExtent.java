package fr.allervers.geo;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Where French data can lie: metropolitan France and the overseas departments. A file whose coordinates fall
 * elsewhere after reprojection almost always has swapped axes or a wrong CRS, so it is refused.
 */
public final class FranceExtent {

    private static final List<Envelope> EXTENTS = List.of(
            new Envelope(-5.8, 10.0, 41.2, 51.3),   // metropolitan France and Corsica
            new Envelope(-61.9, -60.7, 15.8, 16.6), // Guadeloupe
            new Envelope(-61.3, -60.7, 14.3, 15.0), // Martinique
            new Envelope(-54.7, -51.5, 2.0, 6.0),   // Guyane
            new Envelope(55.1, 56.0, -21.5, -20.8), // La Réunion
            new Envelope(44.9, 45.4, -13.1, -12.5)  // Mayotte
    );

    private FranceExtent() {
    }

    public static boolean contains(Geometry geometry) {
        Envelope envelope = geometry.getEnvelopeInternal();
        return EXTENTS.stream().anyMatch(extent -> extent.contains(envelope));
    }
}
