package fr.allervers.imports;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.CsrfByDefault;
import fr.allervers.territory.QpvRepository;

/** A file over the configured size is refused before it is read. */
@SpringBootTest(properties = {"allervers.imports.max-bytes=2000", "allervers.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:allervers-size;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(roles = "COORDINATOR")
@Import(CsrfByDefault.class)
class ImportSizeLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QpvRepository qpvs;

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        long before = qpvs.count();
        byte[] big = ("{\"type\":\"FeatureCollection\",\"features\":[]}" + " ".repeat(3000)).getBytes();
        MvcResult result = upload(mvc, "places", "big.geojson", big);
        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(json(result).get("detail").asString()).contains("trop volumineux").contains("2 000")
                .contains("allervers.imports.max-bytes");
        assertThat(qpvs.count()).isEqualTo(before);
    }
}
