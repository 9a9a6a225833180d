package fr.allervers.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import tools.jackson.databind.JsonNode;

/** A coordinator sets a commune's monthly targets; defaults apply until then; bad targets are refused. */
@DatabaseTest
class CommuneTargetApiTest {

    /** Feyzin: not the commune TerritoryProblemMapperTest changes. */
    private static final String INSEE = "69276";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CommuneTargetRepository targets;

    @Test
    void targetsDefaultThenSetThenReset() throws Exception {
        String url = url(territoryId(), INSEE);
        JsonNode defaults = Api.getJson(mvc, url);
        assertThat(defaults.get("communeName").asString()).isEqualTo("Feyzin");
        assertThat(values(defaults)).containsExactly(2, 4, 5);
        assertThat(defaults.get("custom").asBoolean()).isFalse();
        try {
            MvcResult set = put(url, "{\"minPerMonth\":1,\"maxPerMonth\":3,\"minSpacingDays\":10}");
            assertThat(set.getResponse().getStatus()).isEqualTo(200);
            JsonNode read = Api.getJson(mvc, url);
            assertThat(values(read)).containsExactly(1, 3, 10);
            assertThat(read.get("custom").asBoolean()).isTrue();
            // Setting again updates the same row.
            assertThat(put(url, "{\"minPerMonth\":0,\"maxPerMonth\":0,\"minSpacingDays\":0}").getResponse().getStatus())
                    .isEqualTo(200);
            assertThat(values(Api.getJson(mvc, url))).containsExactly(0, 0, 0);
        } finally {
            assertThat(mvc.perform(delete(url)).andReturn().getResponse().getStatus()).isEqualTo(204);
        }
        assertThat(Api.getJson(mvc, url).get("custom").asBoolean()).isFalse();
    }

    @Test
    void badTargetsAreRefusedAndWriteNothing() throws Exception {
        long territory = territoryId();
        String url = url(territory, INSEE);
        long before = targets.count();

        assertProblem(put(url, "{\"minPerMonth\":5,\"maxPerMonth\":4,\"minSpacingDays\":5}"), 400);
        assertProblem(put(url, "{\"minPerMonth\":-1,\"maxPerMonth\":4,\"minSpacingDays\":5}"), 400);
        assertProblem(put(url, "{\"minPerMonth\":2,\"maxPerMonth\":4,\"minSpacingDays\":32}"), 400);
        assertProblem(put(url, "{\"minPerMonth\":2,\"maxPerMonth\":4,\"minSpacingDays\":-1}"), 400);
        assertProblem(put(url, "{\"minPerMonth\":2,\"maxPerMonth\":4}"), 400);
        assertProblem(put(url, "{\"minPerMonth\":\"deux\",\"maxPerMonth\":4,\"minSpacingDays\":5}"), 400);
        assertProblem(put(url(999999, INSEE), "{\"minPerMonth\":2,\"maxPerMonth\":4,\"minSpacingDays\":5}"), 404);
        // Lyon is a commune, but not one of the demo territory's.
        assertProblem(put(url(territory, "69123"), "{\"minPerMonth\":2,\"maxPerMonth\":4,\"minSpacingDays\":5}"), 404);
        assertProblem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(url(territory, "69123"))).andReturn(), 404);

        assertThat(targets.count()).isEqualTo(before);
        assertThat(Api.getJson(mvc, url).get("custom").asBoolean()).isFalse();
    }

    private static String url(long territory, String insee) {
        return "/api/territories/" + territory + "/communes/" + insee + "/targets";
    }

    private static java.util.List<Integer> values(JsonNode view) {
        return java.util.List.of(view.get("minPerMonth").asInt(), view.get("maxPerMonth").asInt(),
                view.get("minSpacingDays").asInt());
    }

    private MvcResult put(String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    private static void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.json(result).get("detail").asString()).isNotBlank();
    }

    private long territoryId() throws Exception {
        return Api.getJson(mvc, "/api/territories").valueStream()
                .filter(t -> t.get("name").asString().equals(DemoTerritoryLoader.TERRITORY)).findFirst()
                .orElseThrow().get("id").asLong();
    }
}
