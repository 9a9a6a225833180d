package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** Opening times of the morning and afternoon permanences; the same every day of the horizon. */
public record SlotTimes(LocalTime amStart, LocalTime amEnd, LocalTime pmStart, LocalTime pmEnd) {

    public static final SlotTimes DEFAULT =
            new SlotTimes(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(17, 0));

    public Slot slot(LocalDate date, DayPart halfDay) {
        return halfDay == DayPart.AM
                ? new Slot(date, halfDay, amStart, amEnd)
                : new Slot(date, halfDay, pmStart, pmEnd);
    }
}
