package fr.allervers.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.support.Api;
import fr.allervers.support.OwnTerritory;
import tools.jackson.databind.JsonNode;

/** The editor API as one account calls it, with the answers read as JSON. */
final class EditorCalls {

    private final MockMvc mvc;
    private final RequestPostProcessor as;

    EditorCalls(MockMvc mvc, String username) {
        this.mvc = mvc;
        this.as = httpBasic(username, OwnTerritory.PASSWORD);
    }

    MvcResult get(String path) throws Exception {
        return send(MockMvcRequestBuilders.get(path), null);
    }

    MvcResult post(String path, String json) throws Exception {
        return send(MockMvcRequestBuilders.post(path), json);
    }

    MvcResult put(String path, String json) throws Exception {
        return send(MockMvcRequestBuilders.put(path), json);
    }

    MvcResult patch(String path, String json) throws Exception {
        return send(MockMvcRequestBuilders.patch(path), json);
    }

    MvcResult delete(String path) throws Exception {
        return send(MockMvcRequestBuilders.delete(path), null);
    }

    /** POSTs and expects 201: the created item. */
    JsonNode created(String path, String json) throws Exception {
        MvcResult result = post(path, json);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return Api.json(result);
    }

    /** Expects {@code status} and returns the JSON body. */
    static JsonNode expect(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return Api.json(result);
    }

    /** Expects a problem body with that status, in French, and returns it. */
    static JsonNode problem(MvcResult result, int status) throws Exception {
        JsonNode problem = expect(result, status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    RequestPostProcessor as() {
        return as;
    }

    private MvcResult send(MockHttpServletRequestBuilder request, String json) throws Exception {
        request.with(as);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }
}
