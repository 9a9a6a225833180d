package fr.allervers.permanence.targets;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a commune stands against its monthly minimum. Only permanences already held count towards it: a month in
 * progress with 0 held and 4 planned out of 4 is {@link #IN_PROGRESS}, not reached (issue #16); planned ones are
 * shown beside it.
 */
public enum TargetSituation {

    /** As many permanences held as the minimum, or more. */
    REACHED("atteint"),
    /** The month has begun and is not over; not yet reached. */
    IN_PROGRESS("en cours"),
    /** The month has not begun: only planned permanences. */
    UPCOMING("à venir"),
    /** The month is over with fewer held than the minimum. */
    MISSED("non atteint");

    private final String french;

    TargetSituation(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }

    public static TargetSituation of(int held, int target, YearMonth month, LocalDate today) {
        if (held >= target) {
            return REACHED;
        }
        if (today.isBefore(month.atDay(1))) {
            return UPCOMING;
        }
        return today.isAfter(month.atEndOfMonth()) ? MISSED : IN_PROGRESS;
    }

    /** In words, as the page and the spreadsheet say it: « en cours : 2 tenues, 2 prévues sur 4 ». */
    public String describe(int held, int planned, int target) {
        return french + " : " + held + (held > 1 ? " tenues" : " tenue") + ", " + planned
                + (planned > 1 ? " prévues" : " prévue") + " sur " + target;
    }
}
