package fr.allervers.imports;

import fr.allervers.support.TestTenants;
import fr.allervers.security.Role;
import static fr.allervers.support.Api.getJson;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;

/** The importers and the read API on the real QPV 2024 and commune files of Rhône and Val-d'Oise. */
@DatabaseTest
@PlatformOperatorTenant
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDataImportTest {

    private static final String[][] FILES = {
            {"communes", "communes/communes-69-rhone.geojson", "278"},
            {"communes", "communes/communes-95-val-d-oise.geojson", "184"},
            {"qpv", "qpv/qpv2024-69.geojson", "48"},
            {"qpv", "qpv/qpv2024-95.geojson", "42"}};

    @Autowired
    MockMvc mvc;

    private final Map<String, JsonNode> firstReports = new HashMap<>();

    @BeforeAll
    void importRealFiles() throws Exception {
        for (String[] file : FILES) {
            var result = upload(mvc, TestTenants.basic(RealDataImportTest.class, Role.COORDINATOR), file[0], file[1], SharedGeodata.bytes(file[1]));
            assertThat(result.getResponse().getStatus()).as(file[1] + ": " + result.getResponse().getContentAsString())
                    .isEqualTo(200);
            firstReports.put(file[1], json(result));
        }
    }

    @Test
    void eachFileIsImportedWhole() {
        for (String[] file : FILES) {
            JsonNode report = firstReports.get(file[1]);
            int total = report.get("created").asInt() + report.get("updated").asInt() + report.get("unchanged").asInt();
            assertThat(total).as(file[1]).isEqualTo(Integer.parseInt(file[2]));
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        for (String[] file : FILES) {
            JsonNode report = json(upload(mvc, file[0], file[1], SharedGeodata.bytes(file[1])));
            assertThat(report.get("created").asInt()).as(file[1]).isZero();
            assertThat(report.get("updated").asInt()).as(file[1]).isZero();
            assertThat(report.get("unchanged").asInt()).as(file[1]).isEqualTo(Integer.parseInt(file[2]));
        }
    }

    @Test
    void theInteriorPointOfEveryQpvFindsThatQpv() throws Exception {
        List<CSVRecord> rows = qpvList();
        assertThat(rows).hasSize(90);
        for (CSVRecord row : rows) {
            JsonNode feature = getJson(mvc, "/api/qpv/at?lon=" + row.get("interior_point_lon") + "&lat="
                    + row.get("interior_point_lat"));
            assertThat(feature.path("properties").path("code_qp").asString()).isEqualTo(row.get("code_qp"));
        }
    }

    @Test
    void aPointOutsideEveryQpvIsNotFound() throws Exception {
        var response = mvc.perform(get("/api/qpv/at?lon=4.8580&lat=45.6720")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void feyzinHostsNoQpvAndVenissieuxSeveral() throws Exception {
        assertThat(getJson(mvc, "/api/communes/69276/qpv").get("features").size()).isZero();
        List<String> venissieux = codes(getJson(mvc, "/api/communes/69259/qpv"));
        assertThat(venissieux).contains("QN06913M", "QN06918M", "QN06932M", "QN06941N", "QN06943N", "QN06945N");
        assertThat(codes(getJson(mvc, "/api/communes/95018/qpv"))).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void anUnknownCommuneIs404() throws Exception {
        assertThat(mvc.perform(get("/api/communes/00000/qpv")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void geometriesSurviveTheRoundTripWithin1e6Degrees() throws Exception {
        GeoJsonReader reader = new GeoJsonReader();
        for (String file : List.of("qpv/qpv2024-69.geojson", "qpv/qpv2024-95.geojson")) {
            Map<String, Geometry> original = new HashMap<>();
            JsonNode source = fr.allervers.support.Api.JSON.readTree(SharedGeodata.bytes(file));
            for (JsonNode feature : source.get("features")) {
                original.put(feature.path("properties").path("code_qp").asString(),
                        reader.read(feature.get("geometry").toString()));
            }
            JsonNode layer = getJson(mvc, "/api/layers/qpv?bbox=1.4,45.4,5.2,49.3");
            int compared = 0;
            for (JsonNode feature : layer.get("features")) {
                Geometry expected = original.get(feature.path("properties").path("code_qp").asString());
                if (expected == null) {
                    continue;
                }
                Geometry actual = reader.read(feature.get("geometry").toString());
                assertThat(actual.norm().equalsExact(expected.norm(), 1e-6))
                        .as(feature.path("properties").path("code_qp").asString()).isTrue();
                compared++;
            }
            assertThat(compared).isEqualTo(original.size());
        }
    }

    @Test
    void layerPropertiesAreThoseOfTheFile() throws Exception {
        JsonNode feature = getJson(mvc, "/api/qpv/at?lon=4.8734&lat=45.6993");
        assertThat(feature.path("properties").path("lib_qp").asString()).isNotBlank();
        assertThat(feature.path("properties").has("insee_dep")).isTrue();
    }

    @Test
    void theBboxFiltersTheLayer() throws Exception {
        // A box around Vénissieux holds a handful of communes, far fewer than the two departments.
        JsonNode small = getJson(mvc, "/api/layers/communes?bbox=4.87,45.69,4.90,45.71");
        List<String> codes = new ArrayList<>();
        small.get("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
        assertThat(codes).contains("69259").hasSizeLessThan(10);
    }

    private static List<String> codes(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.get("features").forEach(f -> codes.add(f.path("properties").path("code_qp").asString()));
        return codes;
    }

    private static List<CSVRecord> qpvList() throws Exception {
        String text = new String(SharedGeodata.bytes("qpv/qpv2024-69-95-list.csv"), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
