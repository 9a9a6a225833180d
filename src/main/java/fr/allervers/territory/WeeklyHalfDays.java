package fr.allervers.territory;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The half-days of a week when a place is open, or a person or a van is available. Written the way
 * coordinators type it in a spreadsheet: {@code "lun-am lun-pm mar-am"}, {@code "lun-ven"} (both half-days,
 * Monday to Friday), {@code "mer-pm"}, English {@code "MON-AM"} too. Stored as canonical {@code "MON-AM,MON-PM"}.
 */
public record WeeklyHalfDays(Set<Slot> slots) {

    public record Slot(DayOfWeek day, HalfDay halfDay) {
        @Override
        public String toString() {
            return day.name().substring(0, 3) + "-" + halfDay;
        }
    }

    private static final Map<String, DayOfWeek> DAYS = days();

    public WeeklyHalfDays {
        slots = Collections.unmodifiableSet(new LinkedHashSet<>(slots));
    }

    /** Monday to Friday, both half-days: the default when a file leaves the column empty. */
    public static WeeklyHalfDays workingWeek() {
        return parse("lun-ven");
    }

    public static WeeklyHalfDays parse(String text) {
        if (text == null || text.isBlank()) {
            return workingWeek();
        }
        Set<Slot> slots = new LinkedHashSet<>();
        for (String token : text.trim().toLowerCase(Locale.ROOT).split("[\\s,;|]+")) {
            slots.addAll(parseToken(token));
        }
        return new WeeklyHalfDays(sorted(slots));
    }

    public boolean contains(DayOfWeek day, HalfDay halfDay) {
        return slots.contains(new Slot(day, halfDay));
    }

    public String canonical() {
        return slots.stream().map(Slot::toString).collect(Collectors.joining(","));
    }

    private static Set<Slot> parseToken(String token) {
        String[] parts = token.split("[-_:]");
        if (parts.length == 2 && DAYS.containsKey(parts[0]) && DAYS.containsKey(parts[1])) {
            return range(DAYS.get(parts[0]), DAYS.get(parts[1]), EnumSet.allOf(HalfDay.class));
        }
        DayOfWeek day = DAYS.get(parts[0]);
        if (day == null || parts.length > 2) {
            throw new IllegalArgumentException("demi-journée non reconnue : « " + token
                    + " » (exemples : lun-am, mar-pm, lun-ven)");
        }
        Set<HalfDay> halves = parts.length == 1 ? EnumSet.allOf(HalfDay.class) : EnumSet.of(halfDay(parts[1], token));
        return range(day, day, halves);
    }

    private static HalfDay halfDay(String text, String token) {
        return switch (text) {
            case "am", "matin", "m" -> HalfDay.AM;
            case "pm", "aprem", "apres-midi", "am2", "a" -> HalfDay.PM;
            default -> throw new IllegalArgumentException("demi-journée non reconnue : « " + token
                    + " » (am ou pm attendu)");
        };
    }

    private static Set<Slot> range(DayOfWeek from, DayOfWeek to, Set<HalfDay> halves) {
        Set<Slot> slots = new LinkedHashSet<>();
        for (int d = from.getValue(); d <= to.getValue(); d++) {
            for (HalfDay half : halves) {
                slots.add(new Slot(DayOfWeek.of(d), half));
            }
        }
        return slots;
    }

    private static Set<Slot> sorted(Set<Slot> slots) {
        return slots.stream()
                .sorted((a, b) -> a.day() != b.day() ? a.day().compareTo(b.day()) : a.halfDay().compareTo(b.halfDay()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        String[][] names = {{"lun", "lundi", "mon"}, {"mar", "mardi", "tue"}, {"mer", "mercredi", "wed"},
                {"jeu", "jeudi", "thu"}, {"ven", "vendredi", "fri"}, {"sam", "samedi", "sat"}, {"dim", "dimanche", "sun"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                days.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(days);
    }
}
