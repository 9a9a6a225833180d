package fr.allervers.maraude.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The visits of one place over a plan of several days, for a place that must be seen at least every
 * {@code everyDays} days (a 115 hotel): each occurrence is a {@link Visit} of its own, and consecutive occurrences
 * must be made in order and no more than {@code everyDays} apart. Rounds only go out on the plan's days, so "no more
 * than" means: on or before the last planned day within {@code everyDays}, or on the next planned day when none is.
 */
public final class VisitSeries {

    private final String id;
    private final int everyDays;
    /** For each day index of the plan, the latest day index the next occurrence may take. */
    private final int[] latestNextDay;

    public VisitSeries(String id, int everyDays, List<LocalDate> planDays) {
        if (everyDays < 1) {
            throw new IllegalArgumentException("A visit frequency is at least one day");
        }
        this.id = id;
        this.everyDays = everyDays;
        this.latestNextDay = new int[planDays.size()];
        for (int day = 0; day < planDays.size(); day++) {
            LocalDate due = planDays.get(day).plusDays(everyDays);
            int latest = day + 1;
            while (latest + 1 < planDays.size() && !planDays.get(latest + 1).isAfter(due)) {
                latest++;
            }
            latestNextDay[day] = latest;
        }
    }

    public String getId() {
        return id;
    }

    public int getEveryDays() {
        return everyDays;
    }

    /**
     * How many plan days a next occurrence made on {@code nextDay} is late after one made on {@code day}; an
     * occurrence made on the same day as, or before, the previous one counts as late by the days it is out of order,
     * plus one.
     */
    public int daysLate(int day, int nextDay) {
        if (nextDay <= day) {
            return day - nextDay + 1;
        }
        return Math.max(0, nextDay - latestNextDay[day]);
    }

    @Override
    public String toString() {
        return id + " every " + everyDays + " days " + Arrays.toString(latestNextDay);
    }
}
