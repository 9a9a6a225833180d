package fr.allervers.maraude.domain;

/**
 * A team's lunch break on one day, in the problem's time unit (seconds from midnight of the plan's first day): it
 * lasts {@code duration} and starts between {@code from} and {@code to - duration}. The team takes it between two
 * stops, or while it waits for a place to open, so that the times of the stops after it stay true.
 */
public record LunchBreak(long from, long to, long duration) {

    public LunchBreak {
        if (duration <= 0 || to - from < duration) {
            throw new IllegalArgumentException("A lunch break of " + duration + " does not fit in its window");
        }
    }

    /** The latest start that still ends within the window. */
    public long latestStart() {
        return to - duration;
    }

    /** How long after its latest start a break starting at {@code start} begins; 0 when on time. */
    public long lateness(long start) {
        return Math.max(0, start - latestStart());
    }
}
