package fr.allervers.publicschedule;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fr.allervers.permanence.plan.IcsCalendar;

/**
 * The iCalendar (RFC 5545) feed of one commune's public permanences, with the escaping, line folding and time zone of
 * the staff calendars (permanence.plan.IcsCalendar). An event is a place, a day and hours, and who will be there by
 * profession. A permanence withdrawn or moved after publication stays in the feed with {@code STATUS:CANCELLED}, so
 * that a subscribed calendar crosses it out rather than silently dropping it; its UID (territory, day, half-day,
 * place) is stable, so the app updates the event it already has.
 */
final class PublicCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private PublicCalendar() {
    }

    static String write(long territoryId, String communeName, List<PublicPermanence> permanences,
            OffsetDateTime stamp, String pageUrl) {
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "BEGIN:VCALENDAR");
        IcsCalendar.line(out, "VERSION:2.0");
        IcsCalendar.line(out, "PRODID:-//Aller-Vers//Horaires publics//FR");
        IcsCalendar.line(out, "CALSCALE:GREGORIAN");
        // No METHOD: a subscribed feed is not an iTIP message (RFC 5546), whose PUBLISH would require an ORGANIZER
        // — an address this public calendar does not have.
        IcsCalendar.line(out, "X-WR-CALNAME:" + IcsCalendar.text("Permanences à " + communeName));
        IcsCalendar.line(out, "X-WR-TIMEZONE:" + IcsCalendar.TZID);
        IcsCalendar.timezone(out);
        String dtstamp = stamp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(LOCAL) + "Z";
        for (PublicPermanence p : permanences) {
            IcsCalendar.line(out, "BEGIN:VEVENT");
            IcsCalendar.line(out, "UID:public-" + territoryId + "-" + p.date().format(DAY) + "-"
                    + p.halfDay().name().toLowerCase(Locale.ROOT) + "-lieu" + p.placeId() + "@aller-vers");
            IcsCalendar.line(out, "DTSTAMP:" + dtstamp);
            IcsCalendar.line(out, "DTSTART;TZID=" + IcsCalendar.TZID + ":"
                    + LocalDateTime.of(p.date(), p.start()).format(LOCAL));
            IcsCalendar.line(out, "DTEND;TZID=" + IcsCalendar.TZID + ":"
                    + LocalDateTime.of(p.date(), p.end()).format(LOCAL));
            String summary = "Permanence " + p.communeName() + " — " + p.placeName();
            IcsCalendar.line(out, "SUMMARY:" + IcsCalendar.text(p.held() ? summary
                    : summary + " (" + p.status().french() + ")"));
            IcsCalendar.line(out, "LOCATION:" + IcsCalendar.text(p.placeName() + ", " + p.communeName()));
            IcsCalendar.line(out, "GEO:" + String.format(Locale.ROOT, "%.6f;%.6f", p.lat(), p.lon()));
            IcsCalendar.line(out, "DESCRIPTION:" + IcsCalendar.text(PublicTexts.description(p)));
            IcsCalendar.line(out, "URL:" + pageUrl);
            IcsCalendar.line(out, "STATUS:" + (p.held() ? "CONFIRMED" : "CANCELLED"));
            IcsCalendar.line(out, "TRANSP:TRANSPARENT");
            IcsCalendar.line(out, "END:VEVENT");
        }
        IcsCalendar.line(out, "END:VCALENDAR");
        return out.toString();
    }
}
