package fr.allervers.imports;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.PlatformOperatorTenant;
import fr.allervers.territory.QpvRepository;

/**
 * Issue #13: a 200,000-point invalid QPV took 16 s to be refused (checked and repaired first), and nothing bounded
 * the rows of a file. The points are now counted before any check (allervers.imports.max-vertices-per-feature),
 * the features before any is read (allervers.imports.max-rows); both refusals are 400 in French and write nothing.
 */
@DatabaseTest
@PlatformOperatorTenant
class ImportLimitsProbeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QpvRepository qpvs;

    @Test
    void aQpvOfTwoHundredThousandPointsIsRefusedBeforeItIsChecked() throws Exception {
        long before = qpvs.count();

        MvcResult result = upload(mvc, "qpv", "qpv.geojson", zigzagQpv(200_000));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).get("detail").asString()).contains("entité n° 1", "200 000 points",
                "50 000", "allervers.imports.max-vertices-per-feature");
        assertThat(qpvs.count()).isEqualTo(before);
    }

    @Test
    void aFileWithMoreFeaturesThanAllowedIsRefusedBeforeAnyIsRead() throws Exception {
        long before = qpvs.count();
        StringBuilder file = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{}");
        file.append(",{}".repeat(200_000)); // 200,001 features: none is even a valid feature

        MvcResult result = upload(mvc, "qpv", "qpv.geojson", file.append("]}").toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).get("detail").asString()).contains("plus de 200 000 lignes ou entités",
                "allervers.imports.max-rows");
        assertThat(qpvs.count()).isEqualTo(before);
    }

    /** An invalid (self-crossing) ring of {@code points} points inside Lyon, as the probe sent. */
    private static byte[] zigzagQpv(int points) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < points - 1; i++) {
            double x = 4.80 + 0.05 * i / points;
            double y = 45.75 + (i % 2 == 0 ? 0 : 0.01);
            ring.append(String.format(Locale.ROOT, "[%.7f,%.5f],", x, y));
        }
        ring.append("[4.80,45.75]");
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code_qp\":"
                + "\"QN06999Z\",\"lib_qp\":\"Sonde\",\"insee_com\":\"69123\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[" + ring + "]]}}]}").getBytes(StandardCharsets.UTF_8);
    }
}
