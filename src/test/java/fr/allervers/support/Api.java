package fr.allervers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;


import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers over MockMvc for the JSON API: upload a file, read a JSON answer. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Api() {
    }

    public static MvcResult upload(MockMvc mvc, String kind, String filename, byte[] content, String... params)
            throws Exception {
        return upload(mvc, request -> request, kind, filename, content, params);
    }

    public static MvcResult upload(MockMvc mvc, RequestPostProcessor as, String kind, String filename, byte[] content,
            String... params) throws Exception {
        var request = multipart("/api/imports/" + kind).file(new MockMultipartFile("file", filename, null, content));
        request.with(as);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    public static JsonNode getJson(MockMvc mvc, String url) throws Exception {
        return json(mvc.perform(get(url)).andReturn());
    }

    public static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The id of the territory « Portes du Sud (démo) » of the signed-in user's consortium (the test class's own). */
    public static long demoTerritoryId(MockMvc mvc) throws Exception {
        return demoTerritoryId(mvc, request -> request);
    }

    /** The same, asking as {@code as}. */
    public static long demoTerritoryId(MockMvc mvc, RequestPostProcessor as) throws Exception {
        return json(mvc.perform(get("/api/territories").with(as)).andReturn()).valueStream()
                .filter(t -> t.get("name").asString().equals(fr.allervers.demo.DemoTerritoryLoader.TERRITORY))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /**
     * Solves, as {@code as}, a permanence plan of the territory from {@code monday} to that Friday with one second of
     * solving, and returns its id once it is DONE.
     */
    public static long solvedWeekPlan(MockMvc mvc, RequestPostProcessor as, long territoryId, LocalDate monday)
            throws Exception {
        MvcResult launched = mvc.perform(post("/api/permanence-plans").with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":" + territoryId + ",\"from\":\""
                        + monday + "\",\"to\":\"" + monday.plusDays(4) + "\",\"secondsLimit\":1}")).andReturn();
        assertThat(launched.getResponse().getStatus()).isEqualTo(202);
        long planId = json(launched).get("id").asLong();
        waitUntilDone(mvc, "/api/permanence-plans/" + planId, as);
        return planId;
    }

    /** The body of a download, asserting that it answers 200 with a content type starting with {@code type}. */
    public static MockHttpServletResponse download(MockMvc mvc, String url, String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        return response;
    }

    /**
     * Waits until the plan at {@code planUrl} (permanence or maraude) is no longer SOLVING and returns its last
     * state. Fails after two minutes: the tests ask for seconds of solving, so a plan still solving then has lost its
     * time limit. The one way tests wait for a background solve.
     */
    public static JsonNode waitWhileSolving(MockMvc mvc, String planUrl) {
        return waitWhileSolving(mvc, planUrl, request -> request);
    }

    /** The same, reading the plan as {@code as} (e.g. the coordinator, while the test runs as a funder). */
    public static JsonNode waitWhileSolving(MockMvc mvc, String planUrl, RequestPostProcessor as) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await(planUrl + " to stop solving").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .pollInSameThread() // the signed-in test user is held by this thread
                .until(() -> {
                    last.set(json(mvc.perform(get(planUrl).with(as)).andReturn()));
                    return !last.get().get("status").asString().equals("SOLVING");
                });
        return last.get();
    }

    /** Waits until the plan at {@code planUrl} is solved and returns it; fails if it ended otherwise than DONE. */
    public static JsonNode waitUntilDone(MockMvc mvc, String planUrl) {
        return waitUntilDone(mvc, planUrl, request -> request);
    }

    public static JsonNode waitUntilDone(MockMvc mvc, String planUrl, RequestPostProcessor as) {
        JsonNode plan = waitWhileSolving(mvc, planUrl, as);
        assertThat(plan.get("status").asString()).as(plan.toString()).isEqualTo("DONE");
        return plan;
    }
}
