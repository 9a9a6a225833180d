package fr.allervers.encounter;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.imports.ImportRejectedException;
import fr.allervers.imports.ImportReport;
import fr.allervers.imports.SourceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import fr.allervers.system.DateRange;

/**
 * {@code POST /api/encounters}: one encounter or an array, as JSON objects with the same fields as the CSV
 * import ({@code metAt, lon, lat} or {@code x, y}, {@code organisationId, context, contextId, category, outcome,
 * partner, people}). {@code GET /api/encounters/monthly}: the monthly counts funders report on.
 */
@RestController
class EncounterController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EncounterService encounters;
    private final EncounterProperties properties;

    EncounterController(EncounterService encounters, EncounterProperties properties) {
        this.encounters = encounters;
        this.properties = properties;
    }

    @PostMapping(path = "/api/encounters", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportReport record(@RequestBody String body, @RequestParam(required = false) String crs) {
        Integer epsg = crs == null || crs.isBlank() ? null : parseCrs(crs);
        JsonNode root = parse(body);
        if (root.isArray() && root.size() > properties.maxPerRequest()) {
            throw ImportRejectedException.wholeFile("au plus " + properties.maxPerRequest() + " rencontres par envoi ("
                    + root.size() + " reçues ; limite allervers.encounters.max-per-request) : envoyez-les en plusieurs"
                    + " fois, ou importez un fichier CSV");
        }
        List<JsonNode> items = root.isArray() ? root.values().stream().toList() : List.of(root);
        List<SourceRecord> records = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            records.add(record(records.size() + 1, item, epsg));
        }
        return encounters.record(records);
    }

    /**
     * {@code POST /api/encounters/retractions}: takes back one encounter noted by mistake, given exactly as it was
     * sent (the phone keeps it for its « Annuler » button); 404 when no such encounter is stored.
     */
    @PostMapping(path = "/api/encounters/retractions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> retract(@RequestBody String body) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw ImportRejectedException.wholeFile("une seule rencontre (un objet JSON) est attendue");
        }
        encounters.retract(record(1, root, null));
        return Map.of("retracted", 1);
    }

    @GetMapping("/api/encounters/monthly")
    List<EncounterService.MonthlyCount> monthly(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        YearMonth now = YearMonth.now(properties.zone());
        return encounters.monthly(DateRange.check(month(from, "from", now.minusMonths(11)), "from"),
                DateRange.check(month(to, "to", now), "to"));
    }

    private static YearMonth month(String text, String name, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.trim().length() > 7 ? text.trim().substring(0, 7) : text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("mois « " + name + " » illisible : « " + text + " » (exemple : 2025-03)");
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode root = JSON.readTree(body == null ? "" : body);
            if (root == null || root.isMissingNode() || !(root.isObject() || root.isArray())) {
                throw ImportRejectedException.wholeFile("un objet JSON ou un tableau d'objets est attendu");
            }
            return root;
        } catch (JacksonException e) {
            throw ImportRejectedException.wholeFile("JSON mal formé : " + e.getOriginalMessage());
        }
    }

    private static SourceRecord record(int number, JsonNode item, Integer epsg) {
        if (!item.isObject()) {
            throw new ImportRejectedException(number, null, "un objet JSON est attendu");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject() || value.isArray()) {
                throw new ImportRejectedException(number, null, "champ « " + field.getKey()
                        + " » : une valeur simple est attendue");
            }
            properties.put(field.getKey().toLowerCase(Locale.ROOT), value.isNull() ? null : value.asString());
        }
        SourceRecord bare = new SourceRecord(number, properties, null);
        return new SourceRecord(number, properties, point(bare, epsg));
    }

    /** lon/lat in WGS84, or x/y in Lambert-93 unless {@code crs} says otherwise, as in the CSV import. */
    private static Geometry point(SourceRecord record, Integer epsg) {
        boolean lonLat = record.text("lon", "longitude", "lng") != null || record.text("lat", "latitude") != null;
        boolean xy = record.text("x", "x_l93") != null || record.text("y", "y_l93") != null;
        if (!lonLat && !xy) {
            return null;
        }
        double a = number(record, lonLat ? new String[] {"lon", "longitude", "lng"} : new String[] {"x", "x_l93"});
        double b = number(record, lonLat ? new String[] {"lat", "latitude"} : new String[] {"y", "y_l93"});
        int from = epsg != null ? epsg : lonLat ? Geometries.WGS84 : CrsTransformer.LAMBERT_93;
        try {
            Coordinate lonLatPoint = CrsTransformer.toWgs84(a, b, from);
            return Geometries.point(lonLatPoint.x, lonLatPoint.y);
        } catch (IllegalArgumentException e) {
            throw record.reject(null, e.getMessage());
        }
    }

    private static double number(SourceRecord record, String... names) {
        String value = record.required("coordonnée", names);
        try {
            return Double.parseDouble(value.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw record.reject(null, "coordonnée illisible : « " + value + " »");
        }
    }

    private static Integer parseCrs(String crs) {
        try {
            return CrsTransformer.parseEpsg(crs);
        } catch (IllegalArgumentException e) {
            throw ImportRejectedException.wholeFile(e.getMessage());
        }
    }
}
