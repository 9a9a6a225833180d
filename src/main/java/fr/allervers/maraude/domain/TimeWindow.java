package fr.allervers.maraude.domain;

import java.time.LocalTime;

/**
 * When a visit may start, in seconds from the start of the planning day. Service may run past {@code end}: a hotel
 * manager who let the team in at 17:55 does not send it away at 18:00.
 */
public record TimeWindow(long start, long end) implements Comparable<TimeWindow> {

    public TimeWindow {
        if (end < start) {
            throw new IllegalArgumentException("Time window ends before it starts: " + start + " > " + end);
        }
    }

    public static TimeWindow of(LocalTime start, LocalTime end) {
        return new TimeWindow(start.toSecondOfDay(), end.toSecondOfDay());
    }

    @Override
    public int compareTo(TimeWindow other) {
        return Long.compare(start, other.start);
    }
}
