package fr.allervers.routing;

import java.util.List;

/**
 * The road matrix as it was computed before the contracted (CH) bucket matrix: one plain one-to-many search per
 * source on the base graph. Kept for the road matrix benchmark, which compares the two in time and content.
 */
public final class BaseGraphMatrix {

    private BaseGraphMatrix() {
    }

    public static TravelMatrix compute(GraphHopperTravelTimeProvider provider, List<LonLat> points, TravelMode mode) {
        return provider.matrix(points, mode, false);
    }
}
