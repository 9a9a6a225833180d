package fr.allervers.permanence.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import fr.allervers.permanence.domain.Slot;

/** Dates and small grammar for the French sentences shown to coordinators. */
public final class FrenchText {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchText() {
    }

    /** "jeudi 5 mars", "mardi 1er décembre" (French writes the first of the month as an ordinal). */
    public static String day(LocalDate date) {
        String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return WEEKDAY.format(date) + " " + dayOfMonth + " " + MONTH_NAME.format(date);
    }

    /** "jeudi 5 mars matin" */
    static String slot(Slot slot) {
        return day(slot.date()) + " " + slot.halfDay().french();
    }

    /** "mars 2026" */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "jeudi" */
    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }

    /** "1 permanence", "3 permanences" */
    static String count(int n, String singular, String plural) {
        return n + " " + (Math.abs(n) <= 1 ? singular : plural);
    }

    /** "a", "a et b", "a, b et c" */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }
}
