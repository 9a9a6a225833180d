package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One morning or afternoon of the calendar, e.g. "the afternoon of 4 March": the unit of half-day absences. */
public record DatedHalfDay(LocalDate date, DayPart halfDay) {

    public DatedHalfDay {
        Objects.requireNonNull(date);
        Objects.requireNonNull(halfDay);
    }

    public static DatedHalfDay of(Slot slot) {
        return new DatedHalfDay(slot.date(), slot.halfDay());
    }
}
