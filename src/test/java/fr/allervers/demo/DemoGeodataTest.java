package fr.allervers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.core.io.ClassPathResource;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.support.Api;
import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;

/**
 * The demo territory's files (geodata/demo): real outlines of the five Portes du Sud communes and their QPV 2024,
 * simplified but close to the originals, and demo places and hotels that lie where their commune says.
 */
class DemoGeodataTest {

    private static final Set<String> PORTES_DU_SUD = Set.of("69199", "69259", "69273", "69276", "69296");
    /** Places and hotels stay this far inside their commune, so that a finer outline cannot move them out. */
    private static final double MIN_METRES_INSIDE = 150;

    @Test
    void theCommunesAreTheFivePortesDuSudAsOneValidCoverage() throws Exception {
        Map<String, Geometry> communes = outlines(demoFile("communes.geojson"), "code");
        assertThat(communes.keySet()).isEqualTo(PORTES_DU_SUD);
        communes.forEach((insee, outline) -> assertThat(outline.isValid()).as(insee).isTrue());
        for (String a : communes.keySet()) {
            for (String b : communes.keySet()) {
                if (a.compareTo(b) < 0) {
                    double overlap = lambert93(communes.get(a)).intersection(lambert93(communes.get(b))).getArea();
                    assertThat(overlap).as("overlap of %s and %s in m²", a, b).isLessThan(1);
                }
            }
        }
    }

    @Test
    void theQpvAreRealOnesHostedByTheFiveCommunes() throws Exception {
        JsonNode qpv = Api.JSON.readTree(demoFile("qpv.geojson"));
        assertThat(qpv.get("features")).hasSize(7);
        for (JsonNode feature : qpv.get("features")) {
            JsonNode properties = feature.get("properties");
            String code = properties.get("code_qp").asString();
            assertThat(code).matches("QN069\\d\\d[MIN]");
            assertThat(Set.of(properties.get("insee_com").asString().split(",\\s*"))).as(code)
                    .containsAnyElementsOf(PORTES_DU_SUD);
            Geometry outline = read(feature.get("geometry"));
            assertThat(outline.getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(outline.isValid()).as(code).isTrue();
        }
    }

    @Test
    void theDemoGeodataStaysSmall() throws Exception {
        long bytes = 0;
        for (String file : List.of("communes.geojson", "qpv.geojson", "places.csv", "hotels.csv", "staff.csv",
                "vans.csv", "README.md")) {
            bytes += demoFile(file).length;
        }
        assertThat(bytes).isLessThan(100_000);
    }

    @Test
    void everyPlaceAndHotelLiesWellInsideTheCommuneItNames() throws Exception {
        Map<String, Geometry> communes = outlines(demoFile("communes.geojson"), "code");
        for (String file : List.of("places.csv", "hotels.csv")) {
            for (CSVRecord row : csv(file)) {
                String what = file + " " + row.get("ref");
                String insee = row.get("insee");
                Point point = point(row);
                assertThat(insee).as(what).isIn(PORTES_DU_SUD);
                communes.forEach((code, outline) -> assertThat(outline.contains(point))
                        .as("%s in %s", what, code).isEqualTo(code.equals(insee)));
                assertThat(lambert93(communes.get(insee).getBoundary()).distance(lambert93(point)))
                        .as("%s: metres from the border of %s", what, insee).isGreaterThan(MIN_METRES_INSIDE);
            }
        }
    }

    @Test
    void hotelsAreNotOnTheDemoPlaces() throws Exception {
        List<CSVRecord> places = csv("places.csv");
        for (CSVRecord hotel : csv("hotels.csv")) {
            assertThat(hotel.get("nom")).endsWith("(démo)");
            for (CSVRecord place : places) {
                assertThat(lambert93(point(hotel)).distance(lambert93(point(place))))
                        .as("%s to %s, metres", hotel.get("ref"), place.get("ref")).isGreaterThan(300);
            }
        }
    }

    /** The places also lie in their commune as the full-resolution file draws it (what a real import loads). */
    @Test
    void everyPlaceAndHotelLiesInItsCommuneAtFullResolution() throws Exception {
        Map<String, Geometry> full = outlines(SharedGeodata.bytes("communes/communes-69-rhone.geojson"), "code");
        for (String file : List.of("places.csv", "hotels.csv")) {
            for (CSVRecord row : csv(file)) {
                Point point = point(row);
                assertThat(full.entrySet().stream().filter(e -> e.getValue().contains(point)).map(Map.Entry::getKey)
                        .toList()).as(file + " " + row.get("ref")).containsExactly(row.get("insee"));
            }
        }
    }

    /** The outlines are the real ones, simplified: the same codes, each within tens of metres of its original. */
    @Test
    void theOutlinesAreTheRealOnesSimplified() throws Exception {
        Map<String, Geometry> fullCommunes = outlines(SharedGeodata.bytes("communes/communes-69-rhone.geojson"), "code");
        outlines(demoFile("communes.geojson"), "code").forEach((insee, simplified) ->
                assertThat(shiftMetres(simplified, fullCommunes.get(insee))).as(insee).isLessThan(70));

        Map<String, Geometry> fullQpv = new HashMap<>();
        Set<String> hostedByTheFive = new TreeSet<>();
        for (JsonNode feature : Api.JSON.readTree(SharedGeodata.bytes("qpv/qpv2024-69.geojson")).get("features")) {
            JsonNode properties = feature.get("properties");
            fullQpv.put(properties.get("code_qp").asString(), read(feature.get("geometry")));
            if (Set.of(properties.get("insee_com").asString().split(",\\s*")).stream()
                    .anyMatch(PORTES_DU_SUD::contains)) {
                hostedByTheFive.add(properties.get("code_qp").asString());
            }
        }
        Map<String, Geometry> demoQpv = outlines(demoFile("qpv.geojson"), "code_qp");
        assertThat(new TreeSet<>(demoQpv.keySet())).isEqualTo(hostedByTheFive);
        demoQpv.forEach((code, simplified) -> {
            assertThat(shiftMetres(simplified, fullQpv.get(code))).as(code).isLessThan(40);
            double area = lambert93(fullQpv.get(code)).getArea();
            assertThat(Math.abs(lambert93(simplified).getArea() - area) / area).as(code).isLessThan(0.1);
        });
    }

    private static double shiftMetres(Geometry a, Geometry b) {
        return DiscreteHausdorffDistance.distance(lambert93(a), lambert93(b));
    }

    private static byte[] demoFile(String name) throws IOException {
        try (InputStream in = new ClassPathResource("geodata/demo/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Geometry> outlines(byte[] geoJson, String key) throws Exception {
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        for (JsonNode feature : Api.JSON.readTree(geoJson).get("features")) {
            outlines.put(feature.get("properties").get(key).asString(), read(feature.get("geometry")));
        }
        return outlines;
    }

    private static Geometry read(JsonNode geometry) throws Exception {
        return Geometries.withWgs84(new GeoJsonReader(Geometries.FACTORY).read(geometry.toString()));
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        String text = new String(demoFile(name), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static Point point(CSVRecord row) {
        return Geometries.point(Double.parseDouble(row.get("lon").replace(',', '.')),
                Double.parseDouble(row.get("lat").replace(',', '.')));
    }

    private static <G extends Geometry> G lambert93(G wgs84) {
        return CrsTransformer.toLambert93(wgs84);
    }
}
