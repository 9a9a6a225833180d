package fr.allervers.administration;

import static fr.allervers.support.CsrfByDefault.browserCsrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.TerritoryRepository;
import tools.jackson.databind.JsonNode;

/**
 * A consortium's first week from an empty consortium: its first admin creates the member organisations, draws a
 * territory from imported communes and creates the team's accounts, while « Premiers pas » follows the data. Each
 * test starts a consortium of its own (the demo one is shared with the other tests); a second one checks that
 * neither reaches the other's organisations, territories or accounts, and the other roles cannot administer.
 */
@DatabaseTest
class AdministrationApiTest {

    private static final String PASSWORD = "kayak-brume9";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserDetailsService details;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TerritoryRepository territories;

    private String admin;
    private RequestPostProcessor asAdmin;

    @BeforeEach
    void anEmptyConsortiumAndItsFirstAdmin() {
        TestSecurityContextHolder.clearContext();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "premier-admin-" + suffix;
        accounts.create(admin, PASSWORD, Role.ADMIN, accounts.consortium("Consortium neuf " + suffix), null);
        asAdmin = user(details.loadUserByUsername(admin));
    }

    @Test
    void firstStepsFollowTheDataAndTheFirstAdminLandsThere() throws Exception {
        var login = mvc.perform(post("/login").with(browserCsrfToken()).param("username", admin)
                .param("password", PASSWORD)).andReturn().getResponse();
        assertThat(login.getRedirectedUrl()).isEqualTo("/premiers-pas.html");
        assertThat(send(get("/premiers-pas.html"), asAdmin).getStatus()).isEqualTo(200);
        assertThat(send(get("/administration.html"), asAdmin).getStatus()).isEqualTo(200);

        Map<String, JsonNode> steps = steps();
        assertThat(steps.keySet()).containsExactly("organisations", "fonds-de-carte", "territoire", "lieux",
                "personnes", "camions", "comptes", "premier-plan");
        assertThat(steps.values()).filteredOn(s -> !s.get("key").asString().equals("fonds-de-carte"))
                .as("nothing done yet but the communes, shared by every consortium")
                .allSatisfy(s -> assertThat(s.get("done").asBoolean()).isFalse());
        assertThat(steps.get("fonds-de-carte").get("done").asBoolean()).isTrue();
        assertThat(steps.get("lieux").get("href").asString()).isEqualTo("/planification.html");
        assertThat(steps.get("territoire").get("href").asString()).isEqualTo("/administration.html#territoires");

        assertThat(json(send(post("/api/organisations"), asAdmin, "{\"name\":\"Association Delta\"}")).get("name")
                .asString()).isEqualTo("Association Delta");
        assertThat(send(post("/api/territories"), asAdmin, "{\"name\":\"Vallée\",\"communes\":[\"69259\"]}")
                .getStatus()).isEqualTo(201);
        assertThat(send(post("/api/users"), asAdmin, "{\"username\":\"coord-" + admin + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"COORDINATOR\",\"organisation\":\"Association Delta\"}").getStatus())
                .isEqualTo(201);
        steps = steps();
        for (String done : List.of("organisations", "territoire", "comptes")) {
            assertThat(steps.get(done).get("done").asBoolean()).as(done).isTrue();
        }
        assertThat(steps.get("lieux").get("done").asBoolean()).isFalse();
        assertThat(json(send(get("/api/setup/progress"), asAdmin)).get("complete").asBoolean()).isFalse();
    }

    @Test
    void organisationsAreCreatedRenamedAndArchivedNeverDeleted() throws Exception {
        MockHttpServletResponse created = send(post("/api/organisations"), asAdmin, "{\"name\":\"  Association   Epsilon \"}");
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode epsilon = json(created);
        assertThat(epsilon.get("name").asString()).isEqualTo("Association Epsilon");
        long id = epsilon.get("id").asLong();

        // Bad inputs: a French reason each, and nothing written.
        long before = organisations.count();
        assertThat(problem(send(post("/api/organisations"), asAdmin, "{\"name\":\"  \"}"))).contains("obligatoire");
        assertThat(problem(send(post("/api/organisations"), asAdmin, "{}"))).contains("obligatoire");
        assertThat(send(post("/api/organisations"), asAdmin, "").getStatus()).isEqualTo(400);
        assertThat(problem(send(post("/api/organisations"), asAdmin, "{\"name\":\"" + "x".repeat(201) + "\"}")))
                .contains("trop long");
        assertThat(problem(send(post("/api/organisations"), asAdmin, "{\"name\":\"association epsilon\"}")))
                .contains("« Association Epsilon » existe déjà");
        assertThat(organisations.count()).isEqualTo(before);

        assertThat(json(send(put("/api/organisations/" + id), asAdmin, "{\"name\":\"Association Zêta\"}"))
                .get("name").asString()).isEqualTo("Association Zêta");
        send(post("/api/organisations"), asAdmin, "{\"name\":\"Association Êta\"}");
        assertThat(problem(send(put("/api/organisations/" + id), asAdmin, "{\"name\":\"Association Êta\"}")))
                .contains("existe déjà");
        assertThat(send(put("/api/organisations/999999"), asAdmin, "{\"name\":\"Nouveau nom\"}").getStatus())
                .isEqualTo(404);

        // An account recorded for it keeps its name after archiving; a new one cannot choose it.
        MockHttpServletResponse memberCreated = send(post("/api/users"), asAdmin, "{\"username\":\"membre-" + admin
                + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"FIELD\",\"organisation\":\"Association Zêta\"}");
        assertThat(memberCreated.getStatus()).isEqualTo(201);
        String member = json(memberCreated).get("username").asString();
        assertThat(problem(send(put("/api/organisations/" + id + "/archived"), asAdmin, "{}"))).contains("archived");
        JsonNode archived = json(send(put("/api/organisations/" + id + "/archived"), asAdmin, "{\"archived\":true}"));
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("archivedAt").isNull()).isFalse();
        assertThat(names(json(send(get("/api/organisations"), asAdmin)))).containsExactly("Association Êta");
        JsonNode all = json(send(get("/api/organisations?archived=true"), asAdmin));
        assertThat(names(all)).containsExactlyInAnyOrder("Association Zêta", "Association Êta");
        assertThat(json(send(get("/api/users"), asAdmin)).valueStream()
                .filter(u -> u.get("username").asString().equals(member)).findFirst().orElseThrow()
                .get("organisation").asString()).isEqualTo("Association Zêta");
        String late = "tardif-" + admin;
        assertThat(problem(send(post("/api/users"), asAdmin, "{\"username\":\"" + late + "\",\"password\":\""
                + PASSWORD + "\",\"role\":\"FIELD\",\"organisation\":\"Association Zêta\"}"))).contains("archivée");
        assertThat(users.findByUsernameIgnoreCase(late)).isEmpty();

        assertThat(json(send(put("/api/organisations/" + id + "/archived"), asAdmin, "{\"archived\":false}"))
                .get("archived").asBoolean()).isFalse();
        assertThat(names(json(send(get("/api/organisations"), asAdmin)))).contains("Association Zêta");
    }

    @Test
    void territoriesAreDrawnFromTheImportedCommunes() throws Exception {
        MockHttpServletResponse created = send(post("/api/territories"), asAdmin,
                "{\"name\":\"Portes Est\",\"communes\":[\"69259\",\" 69199 \",\"69259\"]}");
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode territory = json(created);
        long id = territory.get("id").asLong();
        assertThat(created.getHeader("Location")).isEqualTo("/api/territories/" + id);
        assertThat(territory.get("communes").valueStream().map(c -> c.get("insee").asString()))
                .containsExactly("69259", "69199");
        assertThat(territory.get("communes").get(0).get("name").asString()).isNotBlank();
        JsonNode listed = json(send(get("/api/territories"), asAdmin));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Portes Est");

        // A second territory for the same consortium.
        assertThat(send(post("/api/territories"), asAdmin, "{\"name\":\"Portes Ouest\",\"communes\":[\"69276\"]}")
                .getStatus()).isEqualTo(201);

        long before = territories.count();
        String unknown = problem(send(post("/api/territories"), asAdmin,
                "{\"name\":\"Nulle part\",\"communes\":[\"69259\",\"99999\",\"2A004\"]}"));
        assertThat(unknown).contains("codes INSEE inconnus : 99999, 2A004");
        assertThat(problem(send(post("/api/territories"), asAdmin, "{\"name\":\"Nulle part\",\"communes\":[\"6925\"]}")))
                .contains("mal formés").contains("« 6925 »");
        assertThat(problem(send(post("/api/territories"), asAdmin, "{\"name\":\"Nulle part\",\"communes\":[]}")))
                .contains("au moins une commune");
        assertThat(problem(send(post("/api/territories"), asAdmin, "{\"communes\":[\"69259\"]}"))).contains("nom");
        assertThat(problem(send(post("/api/territories"), asAdmin, "{\"name\":\"portes est\",\"communes\":[\"69259\"]}")))
                .contains("existe déjà");
        assertThat(territories.count()).isEqualTo(before);

        JsonNode updated = json(send(put("/api/territories/" + id), asAdmin,
                "{\"name\":\"Portes Est élargies\",\"communes\":[\"69259\",\"69273\",\"69296\"]}"));
        assertThat(updated.get("name").asString()).isEqualTo("Portes Est élargies");
        assertThat(updated.get("communes").valueStream().map(c -> c.get("insee").asString()))
                .containsExactlyInAnyOrder("69259", "69273", "69296");
        assertThat(problem(send(put("/api/territories/" + id), asAdmin,
                "{\"name\":\"Portes Est élargies\",\"communes\":[\"00000\"]}"))).contains("00000");
        assertThat(communesOf(id)).containsExactlyInAnyOrder("69259", "69273", "69296");
        assertThat(send(put("/api/territories/999999"), asAdmin, "{\"name\":\"X\",\"communes\":[\"69259\"]}")
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anotherConsortiumsOrganisationsTerritoriesAndAccountsAreNotFound() throws Exception {
        long organisation = json(send(post("/api/organisations"), asAdmin, "{\"name\":\"Association Thêta\"}"))
                .get("id").asLong();
        long territory = json(send(post("/api/territories"), asAdmin,
                "{\"name\":\"Chez nous\",\"communes\":[\"69259\"]}")).get("id").asLong();
        JsonNode created = json(send(post("/api/users"), asAdmin, "{\"username\":\"theta-" + admin
                + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"FIELD\"}"));
        String member = created.get("username").asString();
        long account = created.get("id").asLong();

        RequestPostProcessor otherAdmin = user(details.loadUserByUsername(
                TestTenants.username(AdministrationApiTest.class, Role.ADMIN)));
        assertThat(send(put("/api/organisations/" + organisation), otherAdmin, "{\"name\":\"Pris\"}").getStatus())
                .isEqualTo(404);
        assertThat(send(put("/api/organisations/" + organisation + "/archived"), otherAdmin, "{\"archived\":true}")
                .getStatus()).isEqualTo(404);
        assertThat(send(put("/api/territories/" + territory), otherAdmin, "{\"name\":\"Pris\",\"communes\":[\"69199\"]}")
                .getStatus()).isEqualTo(404);
        assertThat(send(put("/api/users/" + account + "/enabled"), otherAdmin, "{\"enabled\":false}").getStatus())
                .isEqualTo(404);
        assertThat(send(post("/api/users/" + account + "/password-reset"), otherAdmin).getStatus()).isEqualTo(404);
        assertThat(names(json(send(get("/api/organisations?archived=true"), otherAdmin)))).doesNotContain("Association Thêta");
        assertThat(names(json(send(get("/api/territories"), otherAdmin)))).doesNotContain("Chez nous");

        assertThat(organisations.findById(organisation).orElseThrow().getName()).isEqualTo("Association Thêta");
        assertThat(organisations.findById(organisation).orElseThrow().isArchived()).isFalse();
        assertThat(communesOf(territory)).containsExactly("69259");
        assertThat(users.findById(account).orElseThrow().isEnabled()).isTrue();
        // And the new admin sees none of the demo's.
        assertThat(names(json(send(get("/api/organisations?archived=true"), asAdmin)))).containsExactly("Association Thêta");
        assertThat(json(send(get("/api/users"), asAdmin)).valueStream().map(u -> u.get("username").asString()))
                .containsExactlyInAnyOrder(admin, member);
    }

    @Test
    void onlyAdminsAdminister() throws Exception {
        long organisation = json(send(post("/api/organisations"), asAdmin, "{\"name\":\"Association Iota\"}"))
                .get("id").asLong();
        String suffix = admin.substring(admin.lastIndexOf('-') + 1);
        for (Role role : List.of(Role.COORDINATOR, Role.FIELD, Role.FUNDER)) {
            String name = role.name().toLowerCase() + "-" + suffix;
            accounts.create(name, PASSWORD, role, consortia.findById(users.findByUsernameIgnoreCase(admin)
                    .orElseThrow().getConsortium().getId()).orElseThrow(), null);
            RequestPostProcessor as = user(details.loadUserByUsername(name));
            assertThat(send(post("/api/organisations"), as, "{\"name\":\"Par " + name + "\"}").getStatus())
                    .as(role + " creates an organisation").isEqualTo(403);
            assertThat(send(put("/api/organisations/" + organisation), as, "{\"name\":\"Par " + name + "\"}")
                    .getStatus()).as(role + " renames").isEqualTo(403);
            assertThat(send(put("/api/organisations/" + organisation + "/archived"), as, "{\"archived\":true}")
                    .getStatus()).as(role + " archives").isEqualTo(403);
            assertThat(send(post("/api/territories"), as, "{\"name\":\"Par " + name + "\",\"communes\":[\"69259\"]}")
                    .getStatus()).as(role + " creates a territory").isEqualTo(403);
            assertThat(send(post("/api/users"), as, "{\"username\":\"par-" + name + "\",\"password\":\"" + PASSWORD
                    + "\",\"role\":\"ADMIN\"}").getStatus()).as(role + " creates an account").isEqualTo(403);
            assertThat(send(get("/api/setup/progress"), as).getStatus()).isEqualTo(403);
            // The admin pages send other roles back to their own view (RolePageRedirect), never show it.
            for (String page : new String[] {"/administration.html", "/premiers-pas.html"}) {
                MockHttpServletResponse refused = send(get(page), as);
                assertThat(refused.getStatus()).as(role + " opens " + page).isEqualTo(302);
                assertThat(refused.getRedirectedUrl()).as(role + " sent back from " + page)
                        .doesNotContain("administration").doesNotContain("premiers-pas");
            }
        }
        assertThat(organisations.findById(organisation).orElseThrow().getName()).isEqualTo("Association Iota");
        assertThat(organisations.findById(organisation).orElseThrow().isArchived()).isFalse();
        assertThat(names(json(send(get("/api/territories"), asAdmin)))).isEmpty();
        assertThat(users.findByUsernameIgnoreCase("par-coordinator-" + suffix)).isEmpty();
    }

    private Map<String, JsonNode> steps() throws Exception {
        return json(send(get("/api/setup/progress"), asAdmin)).get("steps").valueStream()
                .collect(Collectors.toMap(s -> s.get("key").asString(), Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The communes of one of the new admin's territories, as stored. */
    private List<String> communesOf(long territoryId) throws Exception {
        return json(send(get("/api/territories"), asAdmin)).valueStream()
                .filter(t -> t.get("id").asLong() == territoryId).findFirst().orElseThrow()
                .get("communes").valueStream().map(c -> c.get("insee").asString()).toList();
    }

    private static List<String> names(JsonNode list) {
        return list.valueStream().map(o -> o.get("name").asString()).toList();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor as)
            throws Exception {
        return mvc.perform(request.with(as)).andReturn().getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor as, String body)
            throws Exception {
        return mvc.perform(request.with(as).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
                .getResponse();
    }

    /** The French reason of a 400 answer. */
    private static String problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(400);
        return json(response).get("detail").asString();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return Api.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
