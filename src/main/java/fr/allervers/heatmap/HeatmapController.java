package fr.allervers.heatmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

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
 * WGS84 polygons, each with {@code count}, {@code people} and the time-decayed {@code weight}.
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
            @RequestParam(defaultValue = "250") double cell, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Double halfLifeDays,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "true") boolean suppressed) {
        if (bbox == null || bbox.isBlank()) {
            throw new IllegalArgumentException("bbox obligatoire : minLon,minLat,maxLon,maxLat");
        }
        Instant end = to == null || to.isBlank() ? Instant.now() : instant(to, "to", true);
        Instant start = from == null || from.isBlank() ? end.atZone(zone).minus(properties.period()).toInstant()
                : instant(from, "from", false);
        return heatmaps.heatmap(new HeatmapService.Request(BoundingBox.parse(bbox), cell, start, end,
                halfLifeDays == null ? properties.halfLifeDays() : halfLifeDays,
                category == null || category.isBlank() ? null : EncounterCategory.parse(category),
                audience.aggregatesOnly(suppressed)));
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
