package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description: for signed-in users only, one tag per feature, and the copy committed in
 * docs/openapi.json (for partners who read it without running the service) still what the code serves.
 */
@DatabaseTest
class ApiDocumentationTest {

    static final Path COMMITTED = Path.of("docs", "openapi.json");
    static final Path CURRENT = TestOutput.path("openapi.json");

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousCallersGetAProblemNotTheDocument() throws Exception {
        for (String url : List.of("/v3/api-docs", "/v3/api-docs/swagger-config")) {
            var response = mvc.perform(get(url).with(anonymous())).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(401);
            assertThat(response.getContentType()).as(url).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(url).doesNotContain("/api/permanence-plans");
        }
        // Swagger UI is a page: an anonymous browser is sent to the login page, like for the other pages.
        var page = mvc.perform(get("/swagger-ui.html").with(anonymous())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void everySignedInRoleReadsItAsJson() throws Exception {
        for (String user : List.of("admin", "coordination", "terrain", "financeur")) {
            var response = mvc.perform(get("/v3/api-docs").with(httpBasic(user, "demo"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(user).isEqualTo(200);
            assertThat(response.getContentType()).as(user).startsWith("application/json");
            JsonNode document = PRETTY.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(document.get("openapi").asString()).startsWith("3.");
            assertThat(document.get("paths").has("/api/permanence-plans")).as(user).isTrue();
        }
        var yaml = mvc.perform(get("/v3/api-docs.yaml")).andReturn().getResponse();
        assertThat(yaml.getStatus()).isEqualTo(200);
        assertThat(yaml.getContentAsString(StandardCharsets.UTF_8)).startsWith("openapi: ");
    }

    @Test
    void signedInBrowsersGetSwaggerUi() throws Exception {
        var entry = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(entry.getStatus()).isEqualTo(302);
        var page = mvc.perform(get(entry.getRedirectedUrl())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui");
        // Swagger UI's "Try it out" sends the CSRF token from the cookie, like the pages.
        var config = PRETTY.readTree(mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(config.at("/url").asString()).isEqualTo("/v3/api-docs");
    }

    /**
     * springdoc brings Jackson 2's YAML module (for /v3/api-docs.yaml); Spring MVC would then offer YAML for every
     * answer, written by a mapper that knows neither our GeoJSON nor our settings. The API speaks JSON only.
     */
    @Test
    void theApiDoesNotAnswerInYaml() throws Exception {
        for (String url : List.of("/api/territories", "/api/layers/communes")) {
            var response = mvc.perform(get(url).accept("application/yaml")).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(406);
        }
    }

    @Test
    void theDocumentHasATitleAndFilesEachOperationUnderItsFeature() throws Exception {
        JsonNode document = served();
        assertThat(document.at("/info/title").asString()).contains("Aller-Vers");
        assertThat(document.at("/info/description").asString()).contains("consortiums O2R").contains("O2R consortia");
        assertThat(operation(document, "/api/permanence-plans", "post").at("/tags/0").asString()).isEqualTo("Permanences");
        assertThat(operation(document, "/api/maraude-plans", "post").at("/tags/0").asString()).isEqualTo("Maraudes");
        assertThat(operation(document, "/api/encounters", "post").at("/tags/0").asString()).isEqualTo("Rencontres");
        assertThat(operation(document, "/api/heatmap", "get").at("/tags/0").asString()).isEqualTo("Carte de chaleur");
        assertThat(operation(document, "/api/coverage", "get").at("/tags/0").asString()).isEqualTo("Couverture");
        assertThat(operation(document, "/api/territories", "get").at("/tags/0").asString())
                .isEqualTo("Administration");
        assertThat(operation(document, "/api/imports/{kind}", "post").at("/tags/0").asString()).isEqualTo("Imports");

        Set<String> declared = new TreeSet<>();
        document.get("tags").forEach(tag -> declared.add(tag.get("name").asString()));
        List<String> untagged = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        int operations = 0;
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations++;
                JsonNode tags = method.getValue().get("tags");
                if (tags == null || tags.size() != 1 || !declared.contains(tags.get(0).asString())) {
                    untagged.add(method.getKey() + " " + path.getKey());
                }
                operationIds.add(method.getValue().get("operationId").asString());
            }
        }
        assertThat(untagged).as("operations outside the feature tags").isEmpty();
        assertThat(operationIds).as("operation ids are unique").hasSize(operations);
        assertThat(document.get("paths").has("/login")).as("pages are not part of the API").isFalse();
    }

    /**
     * docs/openapi.json is what partners read without running the service. It is never rewritten by the build:
     * when the API changes, this test fails and says how to refresh it from target/openapi.json.
     */
    @Test
    void theCommittedCopyIsCurrent() throws Exception {
        JsonNode served = served();
        Files.createDirectories(CURRENT.getParent());
        Files.writeString(CURRENT, PRETTY.writeValueAsString(served) + "\n");
        assertThat(COMMITTED).as("docs/openapi.json: cp " + CURRENT + " " + COMMITTED).exists();
        JsonNode committed = PRETTY.readTree(Files.readString(COMMITTED));
        assertThat(committed).as("docs/openapi.json is stale; after checking the API change: cp " + CURRENT + " "
                + COMMITTED).isEqualTo(served);
    }

    private JsonNode served() throws Exception {
        return PRETTY.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode operation(JsonNode document, String path, String method) {
        JsonNode operation = document.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " documented").isFalse();
        return operation;
    }
}
