package fr.allervers.imports;

import static fr.allervers.support.Api.getJson;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.support.SharedGeodata;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.QpvRepository;
import tools.jackson.databind.JsonNode;

/**
 * The national QPV file as ANCT publishes it, overseas included, is imported whole. It is built here from the real
 * QPV of Rhône and Val-d'Oise and a small square around a real point of each overseas territory (the real file is
 * 10 MB and not shared); the squares' codes start with QZ, which ANCT never uses, and are removed afterwards.
 */
@DatabaseTest
@PlatformOperatorTenant
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalQpvImportTest {

    /** A synthetic QPV: a square of about 400 m around a real point of an overseas territory. */
    record Overseas(String code, String name, String department, String insee, double lon, double lat) {

        String feature() {
            return feature(lon, lat);
        }

        /** The same feature with its coordinates written in the order given: (lat, lon) swaps the axes. */
        String feature(double first, double second) {
            double d = 0.002;
            String ring = String.format(Locale.ROOT, "[[%1$.6f,%2$.6f],[%3$.6f,%2$.6f],[%3$.6f,%4$.6f],[%1$.6f,%4$.6f],"
                    + "[%1$.6f,%2$.6f]]", first - d, second - d, first + d, second + d);
            return "{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"" + code + "\",\"lib_qp\":\"" + name
                    + "\",\"insee_dep\":\"" + department + "\",\"insee_com\":\"" + insee + "\"},"
                    + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring + "]]}}";
        }
    }

    static final List<Overseas> OVERSEAS = List.of(
            new Overseas("QZ97101", "Test Pointe-à-Pitre", "971", "97120", -61.5331, 16.2411),
            new Overseas("QZ97201", "Test Fort-de-France", "972", "97209", -61.0588, 14.6161),
            new Overseas("QZ97301", "Test Cayenne", "973", "97302", -52.3260, 4.9372),
            new Overseas("QZ97302", "Test Saint-Laurent-du-Maroni", "973", "97311", -54.0289, 5.4989),
            new Overseas("QZ97401", "Test Saint-Denis", "974", "97411", 55.4504, -20.8823),
            new Overseas("QZ97601", "Test Mamoudzou", "976", "97611", 45.2279, -12.7806),
            // Where the national file used to be refused: « entité n° 1494 (code_qp QN97801M) … (-63.0486, 18.0584) ».
            new Overseas("QZ97801", "Test Saint-Martin", "978", "97801", -63.0486, 18.0584),
            new Overseas("QZ97701", "Test Gustavia", "977", "97701", -62.8498, 17.8962),
            new Overseas("QZ97501", "Test Saint-Pierre", "975", "97502", -56.1764, 46.7811),
            new Overseas("QZ98701", "Test Papeete", "987", "98735", -149.5696, -17.5350),
            new Overseas("QZ98702", "Test Taiohae", "987", "98731", -140.0990, -8.9109),
            new Overseas("QZ98801", "Test Nouméa", "988", "98818", 166.4580, -22.2758),
            new Overseas("QZ98601", "Test Mata-Utu", "986", "98613", -176.1736, -13.2825));

    private static final String[] METROPOLITAN = {"qpv/qpv2024-69.geojson", "qpv/qpv2024-95.geojson"};

    @Autowired
    MockMvc mvc;
    @Autowired
    QpvRepository qpvs;

    private JsonNode report;

    @BeforeAll
    void importTheNationalFile() throws Exception {
        MvcResult result = upload(mvc, TestTenants.basic(NationalQpvImportTest.class, Role.COORDINATOR), "qpv",
                "QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson",
                national(OVERSEAS.stream().map(Overseas::feature).toList()));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        report = json(result);
    }

    @AfterAll
    void removeTheSyntheticQpv() {
        qpvs.deleteAllById(OVERSEAS.stream().map(Overseas::code).toList());
    }

    @Test
    void theNationalFileIsImportedWhole() {
        int total = report.get("created").asInt() + report.get("updated").asInt() + report.get("unchanged").asInt();
        assertThat(total).isEqualTo(48 + 42 + OVERSEAS.size());
        assertThat(qpvs.findAllById(OVERSEAS.stream().map(Overseas::code).toList())).hasSize(OVERSEAS.size());
    }

    @Test
    void aPointInEachOverseasQpvFindsIt() throws Exception {
        for (Overseas qpv : OVERSEAS) {
            JsonNode found = getJson(mvc, String.format(Locale.ROOT, "/api/qpv/at?lon=%.6f&lat=%.6f", qpv.lon(),
                    qpv.lat()));
            assertThat(found.path("properties").path("code_qp").asString()).as(qpv.name()).isEqualTo(qpv.code());
            assertThat(found.path("properties").path("insee_dep").asString()).isEqualTo(qpv.department());
        }
        // A metropolitan one still answers as before: Minguettes - Clochettes in Vénissieux.
        assertThat(getJson(mvc, "/api/qpv/at?lon=4.8714&lat=45.69525").path("properties").path("code_qp").asString())
                .isEqualTo("QN06913M");
    }

    @Test
    void aFeatureWithSwappedAxesRefusesTheWholeFileAndWritesNothing() throws Exception {
        Overseas fresh = new Overseas("QZ97402", "Test Le Port", "974", "97407", 55.2920, -20.9370);
        Overseas swapped = new Overseas("QZ97403", "Test Saint-Pierre", "974", "97416", 55.4781, -21.3393);
        List<String> features = new ArrayList<>(OVERSEAS.stream().map(Overseas::feature).toList());
        features.add(fresh.feature());
        features.add(swapped.feature(swapped.lat(), swapped.lon()));
        MvcResult result = upload(mvc, "qpv", "national-inverse.geojson", national(features));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = json(result);
        assertThat(problem.get("feature").asInt()).isEqualTo(48 + 42 + features.size());
        assertThat(problem.get("key").asString()).isEqualTo("code_qp QZ97403");
        assertThat(problem.get("reason").asString()).contains("hors de France").contains("axes inversés");
        assertThat(qpvs.existsById("QZ97402")).as("nothing written").isFalse();
    }

    /** The real features of 69 and 95 first, then the given ones: the order of the national file. */
    private static byte[] national(List<String> overseas) {
        List<String> features = new ArrayList<>();
        for (String file : METROPOLITAN) {
            JsonNode collection = Api.JSON.readTree(SharedGeodata.bytes(file));
            collection.get("features").forEach(feature -> features.add(feature.toString()));
        }
        features.addAll(overseas);
        return ("{\"type\":\"FeatureCollection\",\"name\":\"QP2024_France_Hexagonale_Outre_Mer_WGS84\",\"features\":["
                + String.join(",", features) + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
