package fr.allervers.routing;

import java.util.List;
import java.util.Optional;

/**
 * Durations and distances between places, for one travel mode.
 *
 * <p>Implementations never drop a point silently: a point that cannot be snapped to, or reached on, their network
 * is listed in {@link TravelMatrix#unreachable()}.
 */
public interface TravelTimeProvider {

    /** All pairwise durations (seconds) and distances (metres) between {@code points}, in list order. */
    TravelMatrix matrix(List<LonLat> points, TravelMode mode);

    /** The leg from one point to another, with its geometry; empty when no path exists. */
    Optional<Leg> leg(LonLat from, LonLat to, TravelMode mode);
}
