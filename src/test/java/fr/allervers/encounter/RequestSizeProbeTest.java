package fr.allervers.encounter;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.security.Role;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;

/**
 * Issue #13: a field account sent {@code POST /api/encounters} bodies of 38 MB until the JVM ran out of memory. A body
 * above allervers.requests.max-body-bytes (2 MiB) is now refused with 413 before it is read, and an array above
 * allervers.encounters.max-per-request with 400; nothing is written.
 */
@DatabaseTest
@AsRole(Role.FIELD)
class RequestSizeProbeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EncounterRepository encounters;

    @Test
    void aBodyAboveTheLimitIsRefusedWith413InFrench() throws Exception {
        long before = encounters.count();
        byte[] body = new byte[2 * 1024 * 1024 + 1]; // one byte over: a JSON array of blanks
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';

        MvcResult result = mvc.perform(post("/api/encounters").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json(result).get("detail").asString()).contains("trop volumineux", "2 097 152",
                "allervers.requests.max-body-bytes");
        assertThat(encounters.count()).isEqualTo(before);
    }

    @Test
    void moreEncountersThanAllowedInOneRequestAreRefusedWith400() throws Exception {
        long before = encounters.count();
        String body = "[" + "{},".repeat(1000) + "{}]"; // 1,001 encounters, each refused anyway if read

        MvcResult result = mvc.perform(post("/api/encounters").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(result).get("detail").asString()).contains("au plus 1000 rencontres", "1001 reçues",
                "allervers.encounters.max-per-request");
        assertThat(encounters.count()).isEqualTo(before);
    }
}
