package fr.allervers.system;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.PlaceRepository;
import tools.jackson.databind.JsonNode;

/**
 * Issue #13: a place name over 200 characters and {@code /api/qpv/at?lon=NaN&lat=1e999} answered 500, and some
 * 400s were in English (« Failed to read request »). Each probe now gets a French 4xx problem body.
 */
@DatabaseTest
class ServerErrorProbeTest {

    private static final String NAME_201 = "L".repeat(201);

    @Autowired
    MockMvc mvc;
    @Autowired
    PlaceRepository places;

    @Test
    void anImportedPlaceNameOverTwoHundredCharactersIsA400() throws Exception {
        long before = places.count();
        String csv = "ref;nom;type;lon;lat\nSONDE-1;" + NAME_201 + ";marché;4.8866;45.6976\n";

        MvcResult result = upload(mvc, "places", "lieux.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertFrench(result, 400).satisfies(detail -> assertThat(detail).contains("nom trop long", "201", "200"));
        assertThat(places.count()).isEqualTo(before);
    }

    @Test
    void anEditedPlaceNameOverTwoHundredCharactersIsA400() throws Exception {
        long before = places.count();
        MvcResult result = mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + NAME_201 + "\", \"kind\": \"marché\", \"lon\": 4.8866, \"lat\": 45.6976}"))
                .andReturn();

        assertFrench(result, 400).satisfies(detail -> assertThat(detail).contains("200 caractères"));
        assertThat(places.count()).isEqualTo(before);
    }

    @Test
    void aQpvLookupAtNotANumberIsA400() throws Exception {
        assertFrench(mvc.perform(get("/api/qpv/at").param("lon", "NaN").param("lat", "1e999")).andReturn(), 400)
                .satisfies(detail -> assertThat(detail).contains("n'est pas une position WGS84"));
    }

    @Test
    void springsOwnRefusalsAreInFrench() throws Exception {
        assertFrench(mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andReturn(), 400);
        assertFrench(mvc.perform(post("/api/staff/1/absences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"pas une date\"}")).andReturn(), 400);
        assertFrench(mvc.perform(get("/api/qpv/at").param("lon", "4.8")).andReturn(), 400)
                .satisfies(detail -> assertThat(detail).contains("paramètre obligatoire manquant", "lat"));
        assertFrench(mvc.perform(delete("/api/qpv/at")).andReturn(), 405)
                .satisfies(detail -> assertThat(detail).contains("n'est pas acceptée"));
        assertFrench(mvc.perform(post("/api/places").contentType(MediaType.TEXT_PLAIN).content("x")).andReturn(), 415)
                .satisfies(detail -> assertThat(detail).contains("type de contenu non accepté"));
        assertFrench(mvc.perform(get("/api/places/abc")).andReturn(), 400);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertFrench(MvcResult result, int status)
            throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        JsonNode problem = json(result);
        String detail = problem.get("detail").asString();
        assertThat(problem.get("type").asString()).startsWith("https://allervers.fr/problemes/");
        assertThat(detail).doesNotContainIgnoringCase("failed").doesNotContainIgnoringCase("request")
                .doesNotContainIgnoringCase("not supported");
        return assertThat(detail);
    }
}
