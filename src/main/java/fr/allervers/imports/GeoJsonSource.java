package fr.allervers.imports;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.system.AllerVersProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection: RFC 7946 (lon/lat), and the legacy files with a {@code crs} member such as
 * Lambert-93 exports, which are reprojected to WGS84.
 */
final class GeoJsonSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonSource() {
    }

    static List<SourceRecord> read(Reader text, Integer crsOverride, AllerVersProperties.Imports limits) {
        JsonNode root = parse(text);
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw ImportRejectedException.wholeFile("le GeoJSON doit être une FeatureCollection (type « "
                    + root.path("type").asString("absent") + " » trouvé)");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw ImportRejectedException.wholeFile("la FeatureCollection n'a pas de tableau « features »");
        }
        if (features.size() > limits.maxRows()) {
            throw ImportRejectedException.wholeFile(ImportLimits.tooManyRows(limits.maxRows()));
        }
        int epsg = crsOverride != null ? crsOverride : declaredCrs(root);
        GeoJsonReader reader = new GeoJsonReader(Geometries.FACTORY);
        List<SourceRecord> records = new ArrayList<>(features.size());
        long vertices = 0;
        int number = 0;
        for (JsonNode feature : features.values()) {
            number++;
            // Counted before the geometry is built, checked or repaired: those cost time in its number of points.
            long points = vertices(feature.path("geometry").path("coordinates"));
            if (points > limits.maxVerticesPerFeature()) {
                throw new ImportRejectedException(number, null,
                        ImportLimits.tooManyVertices(points, limits.maxVerticesPerFeature()));
            }
            vertices += points;
            if (vertices > limits.maxVertices()) {
                throw ImportRejectedException.wholeFile(ImportLimits.tooManyVerticesInFile(limits.maxVertices()));
            }
            records.add(new SourceRecord(number, properties(feature), geometry(feature, number, reader, epsg)));
        }
        return records;
    }

    /** The positions in a GeoJSON {@code coordinates} member: the arrays whose first element is a number. */
    private static long vertices(JsonNode coordinates) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return 0;
        }
        if (coordinates.get(0).isNumber()) {
            return 1;
        }
        long count = 0;
        for (JsonNode child : coordinates.values()) {
            count += vertices(child);
        }
        return count;
    }

    private static JsonNode parse(Reader text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new java.io.UncheckedIOException(io); // not UTF-8, binary: SourceFiles says which
            }
            var location = e.getLocation();
            String where = location == null ? "" : " (ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + ")";
            throw ImportRejectedException.wholeFile("JSON mal formé ou tronqué" + where + " : " + e.getOriginalMessage());
        }
    }

    private static int declaredCrs(JsonNode root) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (name.isMissingNode() || name.isNull()) {
            return Geometries.WGS84;
        }
        try {
            return CrsTransformer.parseEpsg(name.asString());
        } catch (IllegalArgumentException e) {
            throw ImportRejectedException.wholeFile(e.getMessage());
        }
    }

    private static Map<String, Object> properties(JsonNode feature) {
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode node = feature.path("properties");
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                JsonNode value = entry.getValue();
                properties.put(entry.getKey(), value.isNull() ? null
                        : value.isNumber() ? value.numberValue() : value.isBoolean() ? value.booleanValue() : value.asString());
            }
        }
        return properties;
    }

    private static Geometry geometry(JsonNode feature, int number, GeoJsonReader reader, int epsg) {
        if (!"Feature".equals(feature.path("type").asString(""))) {
            throw new ImportRejectedException(number, null, "élément de type « " + feature.path("type").asString("absent")
                    + " » au lieu de Feature");
        }
        JsonNode node = feature.path("geometry");
        if (node.isMissingNode() || node.isNull()) {
            throw new ImportRejectedException(number, null, "entité sans géométrie");
        }
        try {
            return CrsTransformer.toWgs84(reader.read(node.toString()), epsg);
        } catch (ParseException | RuntimeException e) {
            throw new ImportRejectedException(number, null, "géométrie illisible : " + e.getMessage());
        }
    }
}
