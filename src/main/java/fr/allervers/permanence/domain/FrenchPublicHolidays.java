package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of France (Code du travail, art. L3133-1), computed for any year: the eleven national ones,
 * plus the local ones, which apply only to places in their departments — Good Friday and 26 December in Moselle,
 * Bas-Rhin and Haut-Rhin (local law of Alsace-Moselle), and the day of the abolition of slavery in each overseas
 * department (decree 83-1003). Whit Monday stays a day off even where it is the « journée de solidarité »: the
 * programme's partners close on it, and a consortium that works can say so by planning by hand.
 */
public final class FrenchPublicHolidays {

    /** One public holiday; {@code departments} empty for the national ones. */
    public record PublicHoliday(LocalDate date, String name, Set<String> departments) {

        public DayOff dayOff() {
            return new DayOff(date, null, DayOffKind.PUBLIC_HOLIDAY, name, departments);
        }
    }

    static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");

    private FrenchPublicHolidays() {
    }

    /** Easter Sunday of the Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Every public holiday of the year, national and local, in date order. */
    public static List<PublicHoliday> of(int year) {
        LocalDate easter = easterSunday(year);
        List<PublicHoliday> days = new ArrayList<>(List.of(
                national(LocalDate.of(year, Month.JANUARY, 1), "jour de l'an"),
                national(easter.plusDays(1), "lundi de Pâques"),
                national(LocalDate.of(year, Month.MAY, 1), "fête du Travail"),
                national(LocalDate.of(year, Month.MAY, 8), "victoire 1945"),
                national(easter.plusDays(39), "Ascension"),
                national(easter.plusDays(50), "lundi de Pentecôte"),
                national(LocalDate.of(year, Month.JULY, 14), "fête nationale"),
                national(LocalDate.of(year, Month.AUGUST, 15), "Assomption"),
                national(LocalDate.of(year, Month.NOVEMBER, 1), "Toussaint"),
                national(LocalDate.of(year, Month.NOVEMBER, 11), "armistice 1918"),
                national(LocalDate.of(year, Month.DECEMBER, 25), "Noël"),
                new PublicHoliday(easter.minusDays(2), "Vendredi saint", ALSACE_MOSELLE),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Saint-Étienne", ALSACE_MOSELLE),
                abolition(LocalDate.of(year, Month.APRIL, 27), "976"),
                abolition(LocalDate.of(year, Month.MAY, 22), "972"),
                abolition(LocalDate.of(year, Month.MAY, 27), "971"),
                abolition(LocalDate.of(year, Month.JUNE, 10), "973"),
                abolition(LocalDate.of(year, Month.DECEMBER, 20), "974")));
        days.sort(Comparator.comparing(PublicHoliday::date));
        return List.copyOf(days);
    }

    /** The public holidays from {@code first} to {@code last} included, as days off. */
    public static List<DayOff> between(LocalDate first, LocalDate last) {
        List<DayOff> result = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            of(year).stream().filter(h -> !h.date().isBefore(first) && !h.date().isAfter(last))
                    .map(PublicHoliday::dayOff).forEach(result::add);
        }
        return List.copyOf(result);
    }

    private static PublicHoliday national(LocalDate date, String name) {
        return new PublicHoliday(date, name, Set.of());
    }

    private static PublicHoliday abolition(LocalDate date, String department) {
        return new PublicHoliday(date, "abolition de l'esclavage", Set.of(department));
    }
}
