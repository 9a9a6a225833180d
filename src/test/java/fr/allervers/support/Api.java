package fr.allervers.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;


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
        return getJson(mvc, "/api/territories").valueStream()
                .filter(t -> t.get("name").asString().equals(fr.allervers.demo.DemoTerritoryLoader.TERRITORY))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /**
     * Polls a plan until it is no longer SOLVING and returns its last state. Fails after two minutes: the tests ask
     * for seconds of solving, so a plan still solving then has lost its time limit.
     */
    public static JsonNode waitWhileSolving(MockMvc mvc, String planUrl) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode plan = getJson(mvc, planUrl);
        while (plan.get("status").asString().equals("SOLVING") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            plan = getJson(mvc, planUrl);
        }
        if (plan.get("status").asString().equals("SOLVING")) {
            throw new AssertionError(planUrl + " still solving after two minutes");
        }
        return plan;
    }
}
