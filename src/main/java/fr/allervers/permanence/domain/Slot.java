package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/** One half-day of the planning horizon. */
public record Slot(LocalDate date, DayPart halfDay, LocalTime start, LocalTime end) {

    public Slot {
        Objects.requireNonNull(date);
        Objects.requireNonNull(halfDay);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }

    public WeeklySlot weekly() {
        return new WeeklySlot(date.getDayOfWeek(), halfDay);
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }
}
