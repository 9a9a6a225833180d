package fr.allervers.imports;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.support.SharedGeodata;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.VanRepository;
import tools.jackson.databind.JsonNode;

/** Every file that cannot be used gets a 400 problem body that names the feature and the reason, and writes nothing. */
@DatabaseTest
@PlatformOperatorTenant
class ImportRejectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommuneRepository communes;
    @Autowired
    QpvRepository qpvs;
    @Autowired
    PlaceRepository places;
    @Autowired
    HotelRepository hotels;
    @Autowired
    StaffRepository staff;
    @Autowired
    VanRepository vans;

    @Test
    void aBinaryFileIsNeitherGeoJsonNorCsv() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        JsonNode problem = rejected("qpv", png);
        assertThat(problem.get("detail").asString()).contains("binaire");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(rejected("communes", "  \n".getBytes()).get("detail").asString()).contains("vide");
        assertThat(rejected("communes", "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes())
                .get("detail").asString()).contains("aucune entité");
    }

    @Test
    void aTruncatedFileIsRefusedWithItsPosition() throws Exception {
        byte[] real = SharedGeodata.bytes("qpv/qpv2024-69.geojson");
        JsonNode problem = rejected("qpv", Arrays.copyOf(real, real.length / 2));
        assertThat(problem.get("detail").asString()).contains("tronqué").contains("ligne");
    }

    @Test
    void aPointInTheQpvFileNamesTheFeature() throws Exception {
        String file = collection(qpv("QNTEST01", "[[[4.85,45.70],[4.86,45.70],[4.86,45.71],[4.85,45.70]]]", "Polygon"),
                "{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"QNTEST02\",\"lib_qp\":\"B\",\"insee_com\":\"69259\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.85,45.70]}}");
        JsonNode problem = rejected("qpv", file.getBytes());
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        assertThat(problem.get("key").asString()).isEqualTo("code_qp QNTEST02");
        assertThat(problem.get("reason").asString()).contains("Point");
    }

    @Test
    void swappedAxesFallOutsideFrance() throws Exception {
        String csv = "ref;nom;type;lon;lat\nP1;Place A;place publique;4,85;45,70\nP2;Place B;place publique;45,70;4,85\n";
        JsonNode problem = rejected("places", csv.getBytes());
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        assertThat(problem.get("key").asString()).isEqualTo("ref P2");
        assertThat(problem.get("reason").asString()).contains("hors de France");
    }

    @Test
    void aLambert93FileReadAsLonLatFallsOutsideFrance() throws Exception {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[" + qpv("QNTEST03",
                "[[[700000,6600000],[700100,6600000],[700100,6600100],[700000,6600000]]]", "Polygon") + "]}";
        assertThat(rejected("qpv", file.getBytes()).get("reason").asString()).contains("hors de France");
    }

    @Test
    void duplicateKeysInsideTheFileAreRefused() throws Exception {
        String square = "[[[4.85,45.70],[4.86,45.70],[4.86,45.71],[4.85,45.70]]]";
        JsonNode problem = rejected("qpv", collection(qpv("QNTEST04", square, "Polygon"), qpv("QNTEST05", square, "Polygon"),
                qpv("QNTEST04", square, "Polygon")).getBytes());
        assertThat(problem.get("feature").asInt()).isEqualTo(3);
        assertThat(problem.get("reason").asString()).contains("double").contains("n° 1");
    }

    @Test
    void aPolygonThatCannotBeRepairedSafelyRefusesTheWholeFile() throws Exception {
        String good = qpv("QNTEST06", "[[[4.85,45.70],[4.86,45.70],[4.86,45.71],[4.85,45.70]]]", "Polygon");
        String bowTie = qpv("QNTEST07", "[[[4.85,45.70],[4.86,45.71],[4.86,45.70],[4.85,45.71],[4.85,45.70]]]", "Polygon");
        JsonNode problem = rejected("qpv", collection(good, bowTie).getBytes());
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        assertThat(problem.get("reason").asString()).contains("invalide");
        assertThat(qpvs.existsById("QNTEST06")).isFalse();
    }

    @Test
    void aMissingColumnOrBadValueNamesTheLine() throws Exception {
        String csv = "ref;libelle;role\nS1;A;CIP\nS2;B;boulanger\n";
        JsonNode problem = rejected("staff", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        assertThat(problem.get("key").asString()).isEqualTo("ref S2");
        assertThat(problem.get("reason").asString()).contains("rôle inconnu");
        assertThat(rejected("hotels", "ref;nom;lon;lat\nH1;Hôtel;4,85;45,70\n".getBytes()).get("reason").asString())
                .contains("capacité");
    }

    @Test
    void aVanBasedAtAnUnknownPlaceIsRefused() throws Exception {
        JsonNode problem = rejected("vans", "ref;libelle;base\nV9;Camion;NULLE-PART\n".getBytes());
        assertThat(problem.get("reason").asString()).contains("NULLE-PART");
    }

    @Test
    void anUnknownCrsOrKindIsRefused() throws Exception {
        MvcResult unknownCrs = upload(mvc, "qpv", "q.geojson", "{}".getBytes(), "crs", "EPSG:999999");
        assertThat(unknownCrs.getResponse().getStatus()).isEqualTo(400);
        MvcResult unknownKind = upload(mvc, "restaurants", "r.csv", "a;b\n1;2\n".getBytes());
        assertThat(unknownKind.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknownKind.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    private JsonNode rejected(String kind, byte[] content) throws Exception {
        List<Long> before = counts();
        MvcResult result = upload(mvc, kind, "file", content);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(counts()).as("nothing written").isEqualTo(before);
        JsonNode problem = json(result);
        assertThat(problem.get("title").asString()).isEqualTo("Fichier refusé");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        return problem;
    }

    private List<Long> counts() {
        return List.of(communes.count(), qpvs.count(), places.count(), hotels.count(), staff.count(), vans.count());
    }

    static String qpv(String code, String coordinates, String type) {
        return "{\"type\":\"Feature\",\"properties\":{\"code_qp\":\"" + code + "\",\"lib_qp\":\"Quartier " + code
                + "\",\"insee_com\":\"69259\"},\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
