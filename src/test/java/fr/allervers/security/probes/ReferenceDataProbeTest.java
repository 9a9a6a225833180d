package fr.allervers.security.probes;

import static fr.allervers.support.Api.getJson;
import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.security.Role;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.QpvRepository;
import tools.jackson.databind.JsonNode;

/**
 * The probe of issue #13: consortium B renamed A's communes ({@code <img…>}, {@code =HYPERLINK(…)}, which then reached
 * A's CSV exports) and added a QPV of a million vertices to A's layer, moving A's indicators. Communes and QPV are
 * shared by every consortium; only a platform operator may import them. This class's consortium is B: neither its
 * coordinator nor its admin is an operator.
 */
@DatabaseTest
class ReferenceDataProbeTest {

    private static final String VENISSIEUX = "69259";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommuneRepository communes;
    @Autowired
    QpvRepository qpvs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorOfAnotherConsortiumCannotRenameTheSharedCommunes() throws Exception {
        String before = communes.findById(VENISSIEUX).orElseThrow().getName();
        for (String name : new String[] {"<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x.example\",\"ici\")"}) {
            MvcResult result = upload(mvc, "communes", "communes.geojson", commune(VENISSIEUX, name));
            assertRefused(result);
        }
        assertThat(communes.findById(VENISSIEUX).orElseThrow().getName()).isEqualTo(before);
    }

    @Test
    @AsRole(Role.ADMIN)
    void norCanItsAdminAddAQpvToEveryonesLayer() throws Exception {
        long before = qpvs.count();
        assertRefused(upload(mvc, "qpv", "qpv.geojson", qpv("QN069999", 2_000)));
        assertThat(qpvs.count()).isEqualTo(before);
        assertThat(getJson(mvc, "/api/me").get("platformOperator").asBoolean()).isFalse();
    }

    @Test
    @AsRole(Role.ADMIN)
    void aPlatformOperatorPassesTheGateAndMeetsTheUsualChecks() throws Exception {
        String admin = TestTenants.username(ReferenceDataProbeTest.class, Role.ADMIN);
        jdbc.update("update app_user set platform_operator = true where username = ?", admin);
        try {
            assertThat(getJson(mvc, "/api/me").get("platformOperator").asBoolean()).isTrue();
            long before = qpvs.count();
            // A ring that does not close: past the operator gate, refused by the import itself, nothing written.
            MvcResult result = upload(mvc, "qpv", "qpv.geojson", ("{\"type\":\"FeatureCollection\",\"features\":[{"
                    + "\"type\":\"Feature\",\"properties\":{\"code_qp\":\"QN069998\",\"lib_qp\":\"Essai\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[4.8,45.7],[4.81,45.7]]]}}]}")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
            assertThat(qpvs.count()).isEqualTo(before);
        } finally {
            jdbc.update("update app_user set platform_operator = false where username = ?", admin);
        }
    }

    private static void assertRefused(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(403);
        JsonNode problem = json(result);
        assertThat(problem.get("detail").asString()).contains("opérateur de la plateforme")
                .contains("partagées par tous les consortiums");
    }

    private static byte[] commune(String insee, String name) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                + insee + "\",\"nom\":" + quoted(name) + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[4.85,45.69],[4.90,45.69],[4.90,45.72],[4.85,45.69]]]}}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A QPV whose ring has {@code vertices} points: the probe used a million; the gate answers before reading. */
    private static byte[] qpv(String code, int vertices) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring.append('[').append(4.87 + 0.01 * Math.cos(angle)).append(',').append(45.70 + 0.01 * Math.sin(angle))
                    .append("],");
        }
        ring.append("[4.88,45.70]");
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code_qp\":\""
                + code + "\",\"lib_qp\":\"Essai\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring
                + "]]}}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
