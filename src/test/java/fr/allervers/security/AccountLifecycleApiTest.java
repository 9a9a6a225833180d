package fr.allervers.security;

import static fr.allervers.support.CsrfByDefault.browserCsrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * The life of an account as its admin and its owner see it: the password policy on every way a password is set,
 * disabling (Basic refused, open sessions ended at their next request, calendar subscription stopped), a reset to
 * a temporary password that must be changed at the next sign-in, a user changing their own password, and the audit
 * trail of it all — never a password in it. Each test makes its own consortium and its admin.
 *
 * <p>Sessions opened through the login form are the subject here, so no test-wide signed-in user is set (it would
 * stand in for every session): each admin call says who makes it.
 */
@DatabaseTest
class AccountLifecycleApiTest {

    private static final String GOOD = "kayak-brume9";
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountDetailsService details;
    @Autowired
    JdbcTemplate jdbc;

    private String admin;
    private long adminId;

    @BeforeEach
    void aConsortiumAndItsAdmin() {
        TestSecurityContextHolder.clearContext();
        admin = unique("admin");
        adminId = accounts.create(admin, GOOD, Role.ADMIN, accounts.consortium("Consortium " + admin), null).getId();
    }

    @Test
    void everyNewPasswordFollowsThePolicy() throws Exception {
        String name = unique("politique");
        MockHttpServletResponse elevenChars = create(name, "kayak-brume", "FIELD");
        assertThat(elevenChars.getStatus()).isEqualTo(400);
        assertThat(json(elevenChars).get("detail").asString()).contains("12 caractères au moins");
        MockHttpServletResponse common = create(name, "Qwerty123456", "FIELD");
        assertThat(common.getStatus()).isEqualTo(400);
        assertThat(json(common).get("detail").asString()).contains("plus courants");
        assertThat(create(name, name + "-secret", "FIELD").getStatus()).as("contains the username").isEqualTo(400);
        assertThat(users.findByUsernameIgnoreCase(name)).as("nothing written").isEmpty();

        MockHttpServletResponse created = create(name, GOOD, "FIELD");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(basic(json(created).get("username").asString(), GOOD).getStatus()).isEqualTo(200);

        // The command line goes through the same service, with the same rules; only the demo is exempt.
        assertThatThrownBy(() -> accounts.create(unique("cli"), "court", Role.FIELD,
                accounts.consortium("Consortium Ligne de commande"), null)).hasMessageContaining("trop court");
        assertThatCode(() -> accounts.createDemoAccount(unique("demo"), "demo", Role.FIELD,
                accounts.consortium("Consortium Ligne de commande"), null)).doesNotThrowAnyException();
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceEvenInAnOpenSession() throws Exception {
        JsonNode account = json(create(unique("desactive"), GOOD, "COORDINATOR"));
        String name = account.get("username").asString();
        long id = account.get("id").asLong();
        BrowserSession session = signIn(name, GOOD);
        assertThat(mvc.perform(get("/api/territories").cookie(session.cookie)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        MockHttpServletResponse disabled = enabled(id, false);
        assertThat(disabled.getStatus()).isEqualTo(200);
        assertThat(json(disabled).get("enabled").asBoolean()).isFalse();

        MockHttpServletResponse next = mvc.perform(get("/api/territories").cookie(session.cookie)).andReturn().getResponse();
        assertThat(next.getStatus()).as("the very next request of the open session").isEqualTo(401);
        assertThat(next.getContentAsString()).contains("session-ended");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class,
                name)).as("the session is ended in the database, not only refused").isZero();
        assertThat(basic(name, GOOD).getStatus()).isEqualTo(401);
        assertThat(login(name, GOOD).getRedirectedUrl()).isEqualTo("/login?error");

        assertThat(enabled(id, true).getStatus()).isEqualTo(200);
        assertThat(basic(name, GOOD).getStatus()).as("enabled again, same password").isEqualTo(200);

        assertThat(enabled(adminId, false).getStatus()).as("an admin cannot lock themselves out").isEqualTo(400);
        assertThat(mvc.perform(put("/api/users/" + id + "/enabled").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(enabled(999_999, false).getStatus()).isEqualTo(404);

        List<JsonNode> trail = audit(name);
        assertThat(trail).extracting(e -> e.get("action").asString())
                .contains("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.get("username").asString()).isEqualTo(admin);
            assertThat(e.toString()).doesNotContain(GOOD);
        });
    }

    @Test
    void aResetPasswordIsTemporaryAndMustBeChangedBeforeAnythingElse() throws Exception {
        JsonNode account = json(create(unique("oubli"), GOOD, "FIELD"));
        String name = account.get("username").asString();
        long id = account.get("id").asLong();
        BrowserSession before = signIn(name, GOOD);

        MockHttpServletResponse reset = mvc.perform(post("/api/users/" + id + "/password-reset").with(asAdmin())).andReturn()
                .getResponse();
        assertThat(reset.getStatus()).isEqualTo(200);
        String temporary = json(reset).get("temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(users.findById(id).orElseThrow().getPasswordHash()).doesNotContain(temporary);
        assertThat(mvc.perform(get("/api/me").cookie(before.cookie)).andReturn().getResponse().getStatus())
                .as("a session opened with the old password ends").isEqualTo(401);
        assertThat(basic(name, GOOD).getStatus()).as("the old password").isEqualTo(401);

        // Signed in with the temporary password: sent to the change-password page, and nothing else is allowed.
        MockHttpServletResponse login = login(name, temporary);
        assertThat(login.getRedirectedUrl()).isEqualTo("/mot-de-passe.html");
        BrowserSession session = new BrowserSession(mvc.perform(post("/login").with(browserCsrfToken())
                .param("username", name).param("password", temporary)).andReturn().getResponse()
                .getCookie(SESSION_COOKIE));
        assertThat(json(mvc.perform(get("/api/me").cookie(session.cookie)).andReturn().getResponse())
                .get("mustChangePassword").asBoolean()).isTrue();
        MockHttpServletResponse refused = mvc.perform(get("/api/territories").cookie(session.cookie)).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json(refused).get("type").asString()).endsWith("/password-change-required");
        assertThat(basic(name, temporary).getStatus()).as("GET /api/me is allowed").isEqualTo(200);
        assertThat(mvc.perform(get("/api/layers/places").with(httpBasic(name, temporary))).andReturn().getResponse()
                .getStatus()).as("HTTP Basic too").isEqualTo(403);
        MockHttpServletResponse page = mvc.perform(get("/ma-journee.html").cookie(session.cookie)).andReturn()
                .getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/mot-de-passe.html");
        assertThat(mvc.perform(get("/mot-de-passe.html").cookie(session.cookie)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        // Keeping the temporary one, or a weak one, is refused.
        assertThat(change(session, temporary, temporary).getStatus()).isEqualTo(400);
        assertThat(change(session, temporary, "password1234").getStatus()).isEqualTo(400);
        MockHttpServletResponse changed = change(session, temporary, "falaise-verte-42");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json(changed).get("landing").asString()).isEqualTo("/ma-journee.html");
        assertThat(mvc.perform(get("/api/territories").cookie(session.cookie)).andReturn().getResponse().getStatus())
                .as("this session goes on with the new password").isEqualTo(200);
        assertThat(basic(name, temporary).getStatus()).isEqualTo(401);
        assertThat(basic(name, "falaise-verte-42").getStatus()).isEqualTo(200);
        assertThat(users.findById(id).orElseThrow().isMustChangePassword()).isFalse();

        assertThat(audit(name)).extracting(e -> e.get("action").asString()).contains("PASSWORD_RESET", "PASSWORD_CHANGED");
        assertThat(audit(name)).allSatisfy(e -> assertThat(e.toString()).doesNotContain(temporary)
                .doesNotContain("falaise-verte-42"));
        assertThat(mvc.perform(post("/api/users/999999/password-reset").with(asAdmin())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void everyUserChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        String name = json(create(unique("financeur"), GOOD, "FUNDER")).get("username").asString();
        BrowserSession session = signIn(name, GOOD);
        BrowserSession otherDevice = signIn(name, GOOD);

        assertThat(change(session, "pas-le-bon-mot", "nouveau-chemin-7").getStatus()).isEqualTo(400);
        assertThat(change(session, null, "nouveau-chemin-7").getStatus()).isEqualTo(400);
        assertThat(change(session, GOOD, "trop-court").getStatus()).isEqualTo(400);
        assertThat(basic(name, GOOD).getStatus()).as("unchanged after refusals").isEqualTo(200);

        MockHttpServletResponse changed = change(session, GOOD, "nouveau-chemin-7");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json(changed).get("landing").asString()).isEqualTo("/financeur.html");
        assertThat(mvc.perform(get("/api/me").cookie(session.cookie)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/me").cookie(otherDevice.cookie)).andReturn().getResponse().getStatus())
                .as("the other sessions end").isEqualTo(401);
        assertThat(basic(name, GOOD).getStatus()).isEqualTo(401);
        assertThat(basic(name, "nouveau-chemin-7").getStatus()).isEqualTo(200);
    }

    @Test
    void aFirstPasswordChosenByTheAdminCanBeMarkedTemporary() throws Exception {
        String name = unique("nouvelle");
        MockHttpServletResponse created = mvc.perform(post("/api/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + name + "\",\"password\":\"" + GOOD + "\",\"role\":\"COORDINATOR\","
                        + "\"mustChangePassword\":true}")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(json(created).get("mustChangePassword").asBoolean()).isTrue();
        assertThat(login(json(created).get("username").asString(), GOOD).getRedirectedUrl())
                .isEqualTo("/mot-de-passe.html");
    }

    @Test
    void disablingAFieldAccountStopsItsCalendarSubscription() throws Exception {
        RequestPostProcessor asAdmin = asAdmin();
        assertThat(Api.upload(mvc, asAdmin, "staff", "staff.csv",
                "ref;libelle;role;structure;disponibilites\nAG-1;Personne agenda;SOCIAL_WORKER;Asso agenda;lun-ven\n"
                        .getBytes()).getResponse().getStatus()).isEqualTo(200);
        long staffId = json(mvc.perform(get("/api/staff").with(asAdmin)).andReturn().getResponse()).get(0).get("id")
                .asLong();
        String field = unique("terrain-agenda");
        MockHttpServletResponse created = mvc.perform(post("/api/users").with(asAdmin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + field + "\",\"password\":\""
                        + GOOD + "\",\"role\":\"FIELD\",\"staffId\":" + staffId + "}")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(json(created).get("staffId").asLong()).isEqualTo(staffId);
        long fieldId = json(created).get("id").asLong();
        field = json(created).get("username").asString();

        JsonNode feed = json(mvc.perform(put("/api/staff/" + staffId + "/calendar-feed")
                .with(user(details.loadUserByUsername(field)))).andReturn().getResponse());
        String calendar = URI.create(feed.get("url").asString()).getPath();
        assertThat(mvc.perform(get(calendar)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(mvc.perform(put("/api/users/" + fieldId + "/enabled").with(asAdmin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(calendar)).andReturn().getResponse().getStatus()).isEqualTo(404);
        // A new address issued by the coordination answers nothing either while the account stays disabled.
        String reissued = URI.create(json(mvc.perform(put("/api/staff/" + staffId + "/calendar-feed").with(asAdmin))
                .andReturn().getResponse()).get("url").asString()).getPath();
        assertThat(mvc.perform(get(reissued)).andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(mvc.perform(put("/api/users/" + fieldId + "/enabled").with(asAdmin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true}")).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(reissued)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(calendar)).andReturn().getResponse().getStatus())
                .as("the address cut by the disabling stays cut").isEqualTo(404);

        // Another consortium's admin (the test class's own) knows nothing of these accounts.
        RequestPostProcessor otherAdmin = user(details.loadUserByUsername(
                TestTenants.username(AccountLifecycleApiTest.class, Role.ADMIN)));
        assertThat(mvc.perform(put("/api/users/" + fieldId + "/enabled").with(otherAdmin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/users/" + fieldId + "/password-reset").with(otherAdmin)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(json(mvc.perform(get("/api/users").with(otherAdmin)).andReturn().getResponse()).valueStream()
                .map(u -> u.get("username").asString())).doesNotContain(field, admin);
        assertThat(users.findById(fieldId).orElseThrow().isEnabled()).isTrue();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return Api.JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private RequestPostProcessor asAdmin() {
        return user(details.loadUserByUsername(admin));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletResponse create(String username, String password, String role) throws Exception {
        return mvc.perform(post("/api/users").with(asAdmin()).contentType(MediaType.APPLICATION_JSON).content("{\"username\":\""
                + username + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}")).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse enabled(long id, boolean enabled) throws Exception {
        return mvc.perform(put("/api/users/" + id + "/enabled").with(asAdmin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":" + enabled + "}")).andReturn().getResponse();
    }

    private MockHttpServletResponse basic(String username, String password) throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password))).andReturn().getResponse();
    }

    private MockHttpServletResponse login(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(browserCsrfToken()).param("username", username)
                .param("password", password)).andReturn().getResponse();
    }

    /**
     * A browser session opened through the login form: its cookie, since sessions live in the database (Spring
     * Session's filter is part of this MockMvc) and a MockHttpSession would not be seen.
     */
    private BrowserSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").with(browserCsrfToken()).param("username", username)
                .param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return new BrowserSession(result.getResponse().getCookie(SESSION_COOKIE));
    }

    /** A browser's session cookie, renewed when the service changes the session's id (password change). */
    private static final class BrowserSession {
        Cookie cookie;

        BrowserSession(Cookie cookie) {
            this.cookie = cookie;
        }

        MockHttpServletResponse keep(MockHttpServletResponse response) {
            Cookie renewed = response.getCookie(SESSION_COOKIE);
            if (renewed != null) {
                cookie = renewed;
            }
            return response;
        }
    }

    private MockHttpServletResponse change(BrowserSession session, String current, String next) throws Exception {
        String body = "{\"currentPassword\":" + (current == null ? "null" : "\"" + current + "\"")
                + ",\"newPassword\":\"" + next + "\"}";
        return session.keep(mvc.perform(put("/api/me/password").cookie(session.cookie)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse());
    }

    private List<JsonNode> audit(String username) throws Exception {
        return json(mvc.perform(get("/api/audit?limit=1000").with(asAdmin())).andReturn().getResponse()).valueStream()
                .filter(e -> e.get("resource").asString().contains("« " + username + " »")).toList();
    }
}
