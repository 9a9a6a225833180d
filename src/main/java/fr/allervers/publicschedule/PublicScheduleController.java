package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import fr.allervers.geo.Feature;
import fr.allervers.geo.FeatureCollection;
import fr.allervers.system.PublicUrl;

/**
 * The public addresses of a territory's schedule, for anyone without signing in once its coordinator switched it
 * on; 404 otherwise, like an unknown territory. Cached five minutes by browsers and proxies, with Last-Modified and
 * an ETag ({@link PublicEtags}); rate-limited per address ({@link PublicRateLimit}). Not under /api: nothing here is
 * the consortium's API, and the API's anonymous 401s stay as they are.
 */
@RestController
class PublicScheduleController {

    /** One permanence in permanences.json; status PLANNED, CANCELLED or MOVED ({@link PublicStatus}). */
    record PermanenceJson(LocalDate date, String start, String end, String communeInsee, String communeName,
                          String placeName, double lon, double lat, String status, String movedTo, String roles) {
    }

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final PublicScheduleSwitch scheduleSwitch;
    private final PublicSchedule schedule;
    private final PublicUrl publicUrl;

    PublicScheduleController(PublicScheduleSwitch scheduleSwitch, PublicSchedule schedule, PublicUrl publicUrl) {
        this.scheduleSwitch = scheduleSwitch;
        this.schedule = schedule;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/public/territories/{id}")
    ResponseEntity<String> page(@PathVariable long id, @RequestParam(required = false) String commune,
            WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        String chosen = commune == null || commune.isBlank() ? null : requireCommune(snapshot, commune);
        return cached(snapshot, request, HTML, () -> PublicPages.page(snapshot, chosen, links(id)));
    }

    @GetMapping("/public/territories/{id}/embed")
    ResponseEntity<String> embed(@PathVariable long id, @RequestParam(required = false) String commune,
            WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        String chosen = commune == null || commune.isBlank() ? null : requireCommune(snapshot, commune);
        return cached(snapshot, request, HTML, () -> PublicPages.embed(snapshot, chosen, links(id)));
    }

    @GetMapping("/public/territories/{id}/permanences.json")
    ResponseEntity<List<PermanenceJson>> permanences(@PathVariable long id, WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        return cached(snapshot, request, MediaType.APPLICATION_JSON, () -> snapshot.permanences().stream()
                .map(p -> new PermanenceJson(p.date(), p.start().toString(), p.end().toString(), p.communeInsee(),
                        p.communeName(), p.placeName(), p.lon(), p.lat(), p.status().name(), p.movedTo(),
                        p.roles().isEmpty() ? null : p.roles()))
                .toList());
    }

    /** The communes' outlines for the page's map: public geography (IGN), nothing of the consortium. */
    @GetMapping("/public/territories/{id}/communes.geojson")
    ResponseEntity<FeatureCollection> communes(@PathVariable long id, WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        return cached(snapshot, request, MediaType.APPLICATION_JSON, () -> new FeatureCollection(
                snapshot.territory().getCommunes().stream().map(c -> new Feature(c.getInsee(), c.getGeometry(),
                        Map.<String, Object>of("insee", c.getInsee(), "name", c.getName()))).toList()));
    }

    @GetMapping("/public/territories/{id}/communes/{insee}.ics")
    ResponseEntity<String> calendar(@PathVariable long id, @PathVariable String insee, WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        requireCommune(snapshot, insee);
        OffsetDateTime stamp = lastModified(snapshot);
        return cached(snapshot, request, CALENDAR, () -> PublicCalendar.write(id, snapshot.communeName(insee),
                snapshot.ofCommune(insee), stamp, links(id).page() + "?commune=" + insee));
    }

    @GetMapping("/public/territories/{id}/communes/{insee}/poster")
    ResponseEntity<String> poster(@PathVariable long id, @PathVariable String insee,
            @RequestParam(required = false) String month, WebRequest request) {
        PublicScheduleSwitch.Open open = scheduleSwitch.requireOpen(id);
        YearMonth chosen = month(month);
        LocalDate today = LocalDate.now(PublicSchedule.PARIS);
        LocalDate first = chosen.atDay(1).isBefore(today) ? today : chosen.atDay(1);
        PublicSchedule.Snapshot snapshot = schedule.between(open, first, chosen.atEndOfMonth());
        requireCommune(snapshot, insee);
        PublicPages.Links links = links(id);
        String qr = QrCode.svg(links.page() + "?commune=" + insee, "Code QR vers les horaires en ligne de "
                + snapshot.communeName(insee));
        return cached(snapshot, request, HTML, () -> PublicPages.poster(snapshot, insee, chosen, links, qr));
    }

    @GetMapping("/public/territories/{id}/data-inclusion/services.json")
    ResponseEntity<List<DataInclusionExport.Service>> dataInclusion(@PathVariable long id, WebRequest request) {
        PublicSchedule.Snapshot snapshot = snapshot(id);
        return cached(snapshot, request, MediaType.APPLICATION_JSON,
                () -> DataInclusionExport.services(snapshot, links(id).page()));
    }

    private PublicSchedule.Snapshot snapshot(long id) {
        return schedule.upcoming(scheduleSwitch.requireOpen(id));
    }

    private PublicPages.Links links(long id) {
        String page = publicUrl.builder().path("/public/territories/{id}").buildAndExpand(id).toUriString();
        String base = "/public/territories/" + id;
        return new PublicPages.Links(page, base + "/permanences.json", base + "/data-inclusion/services.json", base);
    }

    private static String requireCommune(PublicSchedule.Snapshot snapshot, String insee) {
        return snapshot.territory().getCommunes().stream().filter(c -> c.getInsee().equals(insee)).findFirst()
                .map(c -> c.getInsee())
                .orElseThrow(() -> new NoSuchElementException("commune " + insee + " introuvable dans ce territoire"));
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(PublicSchedule.PARIS);
        }
        try {
            YearMonth parsed = YearMonth.parse(month.trim());
            if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                throw new IllegalArgumentException("month=" + month + " : choisissez un mois entre 2000 et 2100");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month=" + month + " : le mois s'écrit aaaa-mm, par exemple 2026-12");
        }
    }

    /**
     * The answer changes with a publication, a withdrawal, the switch, and at midnight when the three months move
     * on: Last-Modified is the latest of those.
     */
    private static OffsetDateTime lastModified(PublicSchedule.Snapshot snapshot) {
        OffsetDateTime midnight = LocalDate.now(PublicSchedule.PARIS).atStartOfDay(PublicSchedule.PARIS)
                .toOffsetDateTime();
        return snapshot.lastModified() == null || snapshot.lastModified().isBefore(midnight) ? midnight
                : snapshot.lastModified();
    }

    /**
     * Public for five minutes, with Last-Modified; If-Modified-Since is answered 304 here when no If-None-Match came
     * (the ETag, checked by {@link PublicEtags}, has the last word).
     */
    private static <T> ResponseEntity<T> cached(PublicSchedule.Snapshot snapshot, WebRequest request, MediaType type,
            java.util.function.Supplier<T> body) {
        long modified = lastModified(snapshot).toInstant().toEpochMilli();
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && request.checkNotModified(modified)) {
            return ResponseEntity.status(304).cacheControl(FIVE_MINUTES).build();
        }
        return ResponseEntity.ok().contentType(type).cacheControl(FIVE_MINUTES).lastModified(modified)
                .body(body.get());
    }
}
