package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Actual dates in OpenStreetMap {@code opening_hours} syntax, the format data·inclusion asks for
 * {@code horaires_accueil}: one rule per day, {@code 2026 Dec 08 09:00-12:00,14:00-17:00; 2026 Dec 15 14:00-17:00}
 * (year, English month abbreviation, day of month, then the time spans). Permanences are not weekly, so no
 * {@code Mo-Fr} rule would be true: every day is spelt out.
 */
final class OpeningHours {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy MMM dd", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private OpeningHours() {
    }

    /** The held permanences only; "" when there is none. */
    static String of(List<PublicPermanence> permanences) {
        Map<LocalDate, List<PublicPermanence>> byDay = permanences.stream().filter(PublicPermanence::held)
                .collect(Collectors.groupingBy(PublicPermanence::date, TreeMap::new, Collectors.toList()));
        return byDay.entrySet().stream().map(day -> day.getKey().format(DATE) + " " + day.getValue().stream()
                        .sorted(java.util.Comparator.comparing(PublicPermanence::start))
                        .map(p -> p.start().format(TIME) + "-" + p.end().format(TIME)).distinct()
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }
}
