package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.allervers.permanence.domain.DayPart;

/** Days as the field reads them: « mardi 8 décembre », « mardi 1er décembre », « mardi 8 décembre matin ». */
final class FrenchDates {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);

    private FrenchDates() {
    }

    static String day(LocalDate date) {
        int day = date.getDayOfMonth();
        return WEEKDAY.format(date) + " " + (day == 1 ? "1er" : Integer.toString(day)) + " " + MONTH.format(date);
    }

    static String slot(LocalDate date, DayPart halfDay) {
        return day(date) + " " + halfDay.french();
    }
}
