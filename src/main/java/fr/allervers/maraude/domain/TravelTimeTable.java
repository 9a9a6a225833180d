package fr.allervers.maraude.domain;

import java.util.EnumMap;
import java.util.Map;

import fr.allervers.routing.TravelMode;

/**
 * The travel times the solver uses, per mode, between location indexes. Precomputed once per solve (road routing
 * is far too slow to call inside the solver loop) and shared by every {@link Location}.
 *
 * <p>Units are whatever the problem uses for time: seconds for rounds, scaled distance for the Solomon benchmark.
 */
public final class TravelTimeTable {

    private final Map<TravelMode, long[][]> times;
    private final Map<TravelMode, long[][]> metres;

    /** Times only: the walking limit cannot be checked (the Solomon benchmark has no such limit). */
    public TravelTimeTable(Map<TravelMode, long[][]> times) {
        this(times, Map.of());
    }

    /** @param metres road (or detoured air) distances per mode, in whole metres; may miss modes never limited */
    public TravelTimeTable(Map<TravelMode, long[][]> times, Map<TravelMode, long[][]> metres) {
        if (times.isEmpty()) {
            throw new IllegalArgumentException("At least one travel mode is needed");
        }
        this.times = new EnumMap<>(times);
        this.metres = metres.isEmpty() ? Map.of() : new EnumMap<>(metres);
    }

    public long metres(TravelMode mode, int from, int to) {
        long[][] matrix = metres.get(mode);
        if (matrix == null) {
            throw new IllegalStateException("No distances computed for mode " + mode);
        }
        return matrix[from][to];
    }

    public long time(TravelMode mode, int from, int to) {
        long[][] matrix = times.get(mode);
        if (matrix == null) {
            throw new IllegalStateException("No travel times computed for mode " + mode);
        }
        return matrix[from][to];
    }

    /** A mode-independent closeness used only to pick nearby moves: the fastest mode available. */
    public long nearbyTime(int from, int to) {
        long best = Long.MAX_VALUE;
        for (long[][] matrix : times.values()) {
            best = Math.min(best, matrix[from][to]);
        }
        return best;
    }
}
