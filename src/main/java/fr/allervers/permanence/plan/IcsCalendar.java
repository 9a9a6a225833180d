package fr.allervers.permanence.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;

/**
 * iCalendar (RFC 5545) export of permanences, written by hand: a few properties do not justify a library. Lines end
 * with CRLF and are folded at 75 octets without cutting a UTF-8 character; text is escaped; times are local to
 * Europe/Paris with its VTIMEZONE. An event reveals the place, the commune, the van and the binôme — never anything
 * about the people met, which the plan does not hold anyway. The public schedule's feeds (publicschedule) write with
 * the same escaping, folding and time zone.
 */
public final class IcsCalendar {

    public static final String TZID = "Europe/Paris";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final int MAX_OCTETS = 75;
    private static final String VTIMEZONE = String.join("\n",
            "BEGIN:VTIMEZONE", "TZID:" + TZID,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private IcsCalendar() {
    }

    /** A permanence with the plan it belongs to: its UID and time stamp come from the plan. */
    record Event(PermanencePlan plan, PermanenceView permanence) {
    }

    static String write(String calendarName, PermanencePlan plan, List<PermanenceView> permanences) {
        return write(calendarName, permanences.stream().map(p -> new Event(plan, p)).toList());
    }

    static String write(String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Aller-Vers//Permanences//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:" + TZID);
        timezone(out);
        for (Event event : events) {
            PermanencePlan plan = event.plan();
            PermanenceView p = event.permanence();
            String stamp = plan.getUpdatedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(LOCAL)
                    + "Z";
            Slot slot = SlotTimes.DEFAULT.slot(p.date(), p.halfDay());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(plan.getId(), p));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;TZID=" + TZID + ":" + LocalDateTime.of(p.date(), slot.start()).format(LOCAL));
            line(out, "DTEND;TZID=" + TZID + ":" + LocalDateTime.of(p.date(), slot.end()).format(LOCAL));
            line(out, "SUMMARY:" + text("Permanence " + p.communeName() + " — " + p.placeName()));
            line(out, "LOCATION:" + text(p.placeName() + ", " + p.communeName()));
            line(out, "DESCRIPTION:" + text(description(p)));
            line(out, "STATUS:" + (p.pinned() ? "CONFIRMED" : "TENTATIVE"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The VTIMEZONE of Europe/Paris that DTSTART;TZID=Europe/Paris refers to. */
    public static void timezone(StringBuilder out) {
        VTIMEZONE.lines().forEach(l -> line(out, l));
    }

    /** Stable across re-plans for the same van (or fixed place) and half-day, so that calendars update in place. */
    static String uid(long planId, PermanenceView p) {
        String lane = p.vanId() != null ? "van" + p.vanId() : "fixe" + p.placeId();
        return "permanence-" + planId + "-" + p.date().format(DAY) + "-" + p.halfDay().name().toLowerCase(Locale.ROOT)
                + "-" + lane + "@aller-vers";
    }

    private static String description(PermanenceView p) {
        String pair = p.staff().isEmpty() ? "à compléter"
                : p.staff().stream().map(s -> s.label() + " (" + Profession.valueOf(s.role()).french() + ")")
                        .collect(Collectors.joining(", "));
        return "Binôme : " + pair + "\n" + (p.vanLabel() == null ? "Permanence fixe" : "Camion : " + p.vanLabel())
                + (p.pinned() ? "\nPermanence épinglée" : "");
    }

    /**
     * RFC 5545 §3.3.11: backslash, semicolon and comma are escaped in TEXT values; every line break (CRLF, LF or a
     * lone CR) becomes {@code \n}; other control characters, which TEXT does not allow (§3.3.11 TSAFE-CHAR) and
     * which some calendar apps read as line ends, are dropped. Names come from users and imported files: none of
     * them may start a property of its own, such as a second event or an alarm.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++; // CRLF is one line break
                    }
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** RFC 5545 §3.1: at most 75 octets per line; continuation lines start with one space. */
    public static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
