package fr.allervers.permanence.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Travel minutes between places, precomputed outside the solver (road router, or {@link AirDistanceTravel} for
 * tests and generated instances). Pairs that were not supplied are treated as unreachable, so a missing entry
 * can never make a plan look better than it is.
 */
public final class VanTravelTimes {

    public static final int UNREACHABLE = 24 * 60;

    private final Map<Long, Map<Long, Integer>> minutes = new HashMap<>();

    public VanTravelTimes put(long fromPlaceId, long toPlaceId, int travelMinutes) {
        if (travelMinutes < 0) {
            throw new IllegalArgumentException("Negative travel time " + fromPlaceId + " -> " + toPlaceId);
        }
        minutes.computeIfAbsent(fromPlaceId, id -> new HashMap<>()).put(toPlaceId, travelMinutes);
        return this;
    }

    /** Sets the same time in both directions. */
    public VanTravelTimes putSymmetric(long placeA, long placeB, int travelMinutes) {
        return put(placeA, placeB, travelMinutes).put(placeB, placeA, travelMinutes);
    }

    public int minutes(CandidatePlace from, CandidatePlace to) {
        if (from.id() == to.id()) {
            return 0;
        }
        Integer found = minutes.getOrDefault(from.id(), Map.of()).get(to.id());
        return found == null ? UNREACHABLE : found;
    }
}
