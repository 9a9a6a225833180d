package fr.allervers.permanence.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.TravelTimeProvider;

/**
 * Travel minutes between candidate places, read from the one {@link TravelMatrix} the application's
 * {@link TravelTimeProvider} computes for them by car: road times when GraphHopper is configured, air distance
 * otherwise. This is only an index from place id to matrix row, so that the rules ask for minutes by place.
 *
 * <p>A place the provider could not reach, or one absent from the matrix, is {@link #UNREACHABLE_MINUTES} away
 * from every other place: a missing figure can never make a plan look better than it is, and a van day that uses
 * such a place breaks the lunch-break rule instead of being planned on a made-up time.
 */
public final class PlaceTravel {

    /** A whole day: longer than any lunch break, and heavy enough in the travel penalty to be avoided. */
    public static final int UNREACHABLE_MINUTES = 24 * 60;

    private final Map<Long, Integer> indexOf = new HashMap<>();
    private final TravelMatrix matrix;
    private final Map<Long, String> unreachable = new LinkedHashMap<>();

    /**
     * @param placeIds the place of each point of {@code matrix}, in the matrix's order
     */
    public PlaceTravel(List<Long> placeIds, TravelMatrix matrix) {
        if (placeIds.size() != matrix.size()) {
            throw new IllegalArgumentException(placeIds.size() + " places for a matrix of " + matrix.size());
        }
        for (int i = 0; i < placeIds.size(); i++) {
            if (indexOf.put(placeIds.get(i), i) != null) {
                throw new IllegalArgumentException("Place " + placeIds.get(i) + " appears twice");
            }
        }
        this.matrix = matrix;
        matrix.unreachable().forEach(u -> unreachable.put(placeIds.get(u.index()), u.reason()));
    }

    /** Asks {@code provider} for the car matrix between the places, in the map's order. */
    public static PlaceTravel byCar(TravelTimeProvider provider, Map<Long, LonLat> placeCoordinates) {
        List<Long> ids = new ArrayList<>(placeCoordinates.keySet());
        List<LonLat> points = ids.stream().map(placeCoordinates::get).toList();
        return new PlaceTravel(ids, provider.matrix(points, TravelMode.CAR));
    }

    /** No place known: every trip between two different places is unreachable. */
    public static PlaceTravel none() {
        return new PlaceTravel(List.of(), new TravelMatrix(List.of(), new long[0][0], new double[0][0], List.of()));
    }

    /** Whole minutes, rounded up so that a trip never looks shorter than the matrix says. */
    public int minutes(CandidatePlace from, CandidatePlace to) {
        if (from.id() == to.id()) {
            return 0;
        }
        Integer i = indexOf.get(from.id());
        Integer j = indexOf.get(to.id());
        if (i == null || j == null || !matrix.isReachable(i) || !matrix.isReachable(j)) {
            return UNREACHABLE_MINUTES;
        }
        return (int) ((matrix.durationSeconds(i, j) + 59) / 60);
    }

    /** The places the provider could not reach, with its reason in French, in matrix order. */
    public Map<Long, String> unreachablePlaces() {
        return Collections.unmodifiableMap(unreachable);
    }
}
