package fr.allervers.permanence.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** A weekday and half-day, e.g. "Thursday morning": the unit of opening hours and weekly availability. */
public record WeeklySlot(DayOfWeek day, DayPart halfDay) {

    /** Monday to Friday, morning and afternoon. */
    public static Set<WeeklySlot> weekdays() {
        return of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.allOf(DayPart.class));
    }

    public static Set<WeeklySlot> of(Set<DayOfWeek> days, Set<DayPart> halfDays) {
        Set<WeeklySlot> slots = new LinkedHashSet<>();
        for (DayOfWeek day : days) {
            for (DayPart halfDay : halfDays) {
                slots.add(new WeeklySlot(day, halfDay));
            }
        }
        return Set.copyOf(slots);
    }
}
