package fr.allervers.territory;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Time windows of a day, written {@code "10:00-12:00 14:00-18:00"} (or {@code 10h-12h}). */
public record VisitingHours(List<Window> windows) {

    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("créneau vide ou inversé : " + start + "-" + end);
            }
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    public VisitingHours {
        windows = List.copyOf(windows);
    }

    /** No restriction written: daytime, 09:00 to 19:00. */
    public static VisitingHours daytime() {
        return new VisitingHours(List.of(new Window(LocalTime.of(9, 0), LocalTime.of(19, 0))));
    }

    /** More windows than this in a day is not a timetable but a mistake; it would not fit its column either. */
    static final int MAX_WINDOWS = 12;

    public static VisitingHours parse(String text) {
        if (text == null || text.isBlank()) {
            return daytime();
        }
        List<Window> windows = new ArrayList<>();
        String[] tokens = text.trim().split("[\\s,;|]+");
        if (tokens.length > MAX_WINDOWS) {
            throw new IllegalArgumentException(tokens.length + " créneaux : " + MAX_WINDOWS + " au plus par jour");
        }
        for (String token : tokens) {
            String[] bounds = token.split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("créneau non reconnu : « " + token + " » (exemple : 10:00-12:00)");
            }
            windows.add(new Window(time(bounds[0], token), time(bounds[1], token)));
        }
        return new VisitingHours(windows);
    }

    public String canonical() {
        return windows.stream().map(Window::toString).collect(Collectors.joining(" "));
    }

    private static LocalTime time(String text, String token) {
        String normalized = text.trim().toLowerCase().replace('h', ':');
        if (normalized.endsWith(":")) {
            normalized += "00";
        }
        if (normalized.indexOf(':') == 1) {
            normalized = "0" + normalized;
        }
        try {
            return LocalTime.parse(normalized);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("heure non reconnue dans « " + token + " »");
        }
    }
}
