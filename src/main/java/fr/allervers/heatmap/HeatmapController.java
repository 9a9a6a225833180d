package fr.allervers.heatmap;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterProperties;
import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.FeatureCollection;

/**
 * {@code GET /api/heatmap?bbox=&cell=&from=&to=&halfLifeDays=&category=&suppressed=}: square cells of the metric grid
 * of each part of France in the viewport (Lambert-93 in the metropolis, see {@link fr.allervers.geo.MetricGrid}) as
 * WGS84 polygons, each with {@code count}, {@code people} and the time-decayed {@code weight}. For anyone who may
 * only see aggregates (funders), {@code cell} is one of 500, 1000, 2000, 4000 m, {@code from}/{@code to} are months
 * ({@code yyyy-MM}), {@code halfLifeDays} and {@code category} are refused, and the figures are those of
 * {@link PublishedHeatmap}.
 */
@RestController
class HeatmapController {

    private final HeatmapService heatmaps;
    private final HeatmapAudience audience;
    private final HeatmapProperties properties;
    private final ZoneId zone;

    HeatmapController(HeatmapService heatmaps, HeatmapAudience audience, HeatmapProperties properties,
            EncounterProperties encounterProperties) {
        this.heatmaps = heatmaps;
        this.audience = audience;
        this.properties = properties;
        this.zone = encounterProperties.zone();
    }

    @GetMapping(path = "/api/heatmap", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    FeatureCollection heatmap(@RequestParam(required = false) String bbox,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Double halfLifeDays,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "true") boolean suppressed) {
        if (bbox == null || bbox.isBlank()) {
            throw new IllegalArgumentException("bbox obligatoire : minLon,minLat,maxLon,maxLat");
        }
        HeatmapAudience.View view = audience.view(suppressed);
        if (view == HeatmapAudience.View.PUBLISHED) {
            return published(BoundingBox.parse(bbox), cell, from, to, halfLifeDays, category);
        }
        Instant end = to == null || to.isBlank() ? Instant.now() : instant(to, "to", true);
        Instant start = from == null || from.isBlank() ? end.atZone(zone).minus(properties.period()).toInstant()
                : instant(from, "from", false);
        return heatmaps.heatmap(new HeatmapService.Request(BoundingBox.parse(bbox), cell == null ? 250 : cell, start,
                end, halfLifeDays == null ? properties.halfLifeDays() : halfLifeDays,
                category == null || category.isBlank() ? null : EncounterCategory.parse(category),
                view == HeatmapAudience.View.SUPPRESSED));
    }

    /**
     * The aggregates-only view takes whole months and nothing that would vary the answer finely (see
     * {@link PublishedHeatmap}); by default the last twelve months, this one included.
     */
    private FeatureCollection published(BoundingBox bbox, Double cell, String from, String to, Double halfLifeDays,
            String category) {
        if (halfLifeDays != null && halfLifeDays.doubleValue() != properties.halfLifeDays()) {
            throw new IllegalArgumentException(String.format(Locale.FRANCE, "halfLifeDays est fixé à %s jours en vue"
                    + " agrégée", new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(properties.halfLifeDays())));
        }
        if (category != null && !category.isBlank()) {
            // Each public's cells hidden on their own would give, subtracted from all publics', the small ones back.
            throw new IllegalArgumentException("le filtre « category » n’est pas disponible en vue agrégée");
        }
        YearMonth last = to == null || to.isBlank() ? YearMonth.now(zone) : month(to, "to");
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(properties.period().toTotalMonths() - 1)
                : month(from, "from");
        return heatmaps.published(new HeatmapService.PublishedRequest(bbox,
                cell == null ? PublishedHeatmap.DEFAULT_CELL : cell, first, last));
    }

    private static YearMonth month(String text, String name) {
        String value = text.trim();
        if (value.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("« " + name + " » doit être un mois entier en vue agrégée : « " + text
                + " » (exemple : 2025-03)");
    }

    /** A date alone means the start of that day for {@code from}, its end for {@code to}. */
    private Instant instant(String text, String name, boolean endOfDay) {
        String value = text.trim();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("« " + name + " » illisible : « " + text
                    + " » (exemples : 2025-03-14, 2025-03-14T10:30:00+01:00)");
        }
    }
}
