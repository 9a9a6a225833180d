package fr.allervers.system;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates the service accepts wherever a user gives one (plans, maraudes, absences, places' dates, encounters):
 * from 2000 to 2100. Years such as 0001, 9999 or +169104628 parse as dates but are typing mistakes or probes;
 * accepted, they would build calendars of millions of days or break exports.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private DateRange() {
    }

    /** The date itself when within the range (or null); otherwise an IllegalArgumentException (400) naming it. */
    public static LocalDate check(LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new IllegalArgumentException(outside(field, date.toString()));
        }
        return date;
    }

    public static YearMonth check(YearMonth month, String field) {
        if (month != null && (month.isBefore(YearMonth.from(FIRST)) || month.isAfter(YearMonth.from(LAST)))) {
            throw new IllegalArgumentException(outside(field, month.toString()));
        }
        return month;
    }

    /** Whether the date is within the range, for the callers that build their own refusal. */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static String outside(String field, String value) {
        return "« " + field + " » : " + value + " est hors des dates acceptées (du " + FIRST.getYear() + "-01-01 au "
                + LAST.getYear() + "-12-31)";
    }
}
