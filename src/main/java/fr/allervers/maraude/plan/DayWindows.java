package fr.allervers.maraude.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.territory.HalfDay;
import fr.allervers.territory.VisitingHours;
import fr.allervers.territory.WeeklyHalfDays;

/**
 * Turns daily hours into the solver's absolute windows over the planned days: day {@code d} of the plan starts at
 * {@code d × 86,400} s, so one visit may be planned on whichever day suits it best.
 */
final class DayWindows {

    /** A place open in the morning welcomes a maraude from 9:00 to 12:00, in the afternoon from 14:00 to 17:00. */
    static final VisitingHours.Window MORNING = new VisitingHours.Window(LocalTime.of(9, 0), LocalTime.of(12, 0));
    static final VisitingHours.Window AFTERNOON = new VisitingHours.Window(LocalTime.of(14, 0), LocalTime.of(17, 0));

    private DayWindows() {
    }

    /** The same hours every planned day (115 hotels, explicit visits). */
    static List<TimeWindow> everyDay(VisitingHours hours, List<LocalDate> dates) {
        List<TimeWindow> windows = new ArrayList<>();
        for (int day = 0; day < dates.size(); day++) {
            for (VisitingHours.Window window : hours.windows()) {
                windows.add(window(day, window));
            }
        }
        return windows;
    }

    /** The half-days a place is open on the weekday of each planned day; empty when closed on all of them. */
    static List<TimeWindow> openHalfDays(WeeklyHalfDays opening, List<LocalDate> dates) {
        return openHalfDays(opening, dates, date -> true);
    }

    /** @param available the days the place exists at all (a temporary place) */
    static List<TimeWindow> openHalfDays(WeeklyHalfDays opening, List<LocalDate> dates,
            java.util.function.Predicate<LocalDate> available) {
        List<TimeWindow> windows = new ArrayList<>();
        for (int day = 0; day < dates.size(); day++) {
            if (!available.test(dates.get(day))) {
                continue;
            }
            if (opening.contains(dates.get(day).getDayOfWeek(), HalfDay.AM)) {
                windows.add(window(day, MORNING));
            }
            if (opening.contains(dates.get(day).getDayOfWeek(), HalfDay.PM)) {
                windows.add(window(day, AFTERNOON));
            }
        }
        return windows;
    }

    private static TimeWindow window(int day, VisitingHours.Window window) {
        long offset = day * TeamSpec.DAY_SECONDS;
        return new TimeWindow(offset + window.start().toSecondOfDay(), offset + window.end().toSecondOfDay());
    }

    /** The windows falling on plan days {@code first} to {@code last}, inclusive. */
    static List<TimeWindow> onDays(List<TimeWindow> windows, int first, int last) {
        return windows.stream().filter(w -> w.start() / TeamSpec.DAY_SECONDS >= first
                && w.start() / TeamSpec.DAY_SECONDS <= last).toList();
    }
}
