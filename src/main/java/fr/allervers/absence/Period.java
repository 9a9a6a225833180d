package fr.allervers.absence;

import java.time.LocalDate;

import fr.allervers.territory.HalfDay;

/**
 * A range of half-days: from {@code from} (its afternoon only when {@code fromHalfDay} is PM) to {@code to} (its
 * morning only when {@code toHalfDay} is AM). A null half-day means the whole day.
 */
public record Period(LocalDate from, HalfDay fromHalfDay, LocalDate to, HalfDay toHalfDay) {

    /** Checks a request; the messages are the API's 400 answers. */
    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("les dates from et to sont obligatoires (AAAA-MM-JJ)");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("la date de début (" + from + ") est après la date de fin (" + to + ")");
        }
        if (from.equals(to) && fromHalfDay == HalfDay.PM && toHalfDay == HalfDay.AM) {
            throw new IllegalArgumentException("la période est vide : elle commence l'après-midi du " + from
                    + " et finit le matin du même jour");
        }
    }

    public boolean covers(LocalDate date, HalfDay halfDay) {
        if (date.isBefore(from) || date.isAfter(to)) {
            return false;
        }
        if (date.equals(from) && fromHalfDay == HalfDay.PM && halfDay == HalfDay.AM) {
            return false;
        }
        return !(date.equals(to) && toHalfDay == HalfDay.AM && halfDay == HalfDay.PM);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !to.isBefore(first) && !from.isAfter(last);
    }
}
