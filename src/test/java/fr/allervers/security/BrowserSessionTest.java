package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.allervers.support.CsrfByDefault.browserCsrfToken;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.allervers.support.DatabaseTest;

/**
 * The browser flow: form login, session cookie, CSRF token on every change, logout; and scripts with HTTP Basic
 * needing no token. Uses its own MockMvc, without the CSRF token the shared one adds.
 */
@DatabaseTest
class BrowserSessionTest {

    // Refused by the importer (no coordinates), so that it writes nothing: a 400 proves the call got past security.
    private static final byte[] PLACE = "ref;nom;type;lon;lat\nCSRF-1;Place CSRF;place publique;;\n".getBytes();

    @Autowired
    WebApplicationContext context;
    MockMvc browser;

    @BeforeEach
    void browser() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefused() throws Exception {
        var response = browser.perform(post("/login").param("username", "coordination").param("password", "demo"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void theLoginPageCarriesTheTokenAndEachRoleLandsOnItsView() throws Exception {
        String page = browser.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"_csrf\"").contains("lang=\"fr\"").contains("<label for=\"password\">");
        assertThat(login("coordination").getRedirectedUrl()).isEqualTo("/planification.html");
        assertThat(login("terrain").getRedirectedUrl()).isEqualTo("/ma-journee.html");
        assertThat(login("financeur").getRedirectedUrl()).isEqualTo("/financeur.html");
        assertThat(browser.perform(post("/login").with(browserCsrfToken()).param("username", "coordination")
                .param("password", "wrong")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aSessionChangeNeedsTheCsrfTokenAndABasicCallDoesNot() throws Exception {
        // What a browser does: fetch the login page (token in the form and in the XSRF-TOKEN cookie), sign in.
        var loginPage = browser.perform(get("/login")).andReturn().getResponse();
        String formToken = loginPage.getContentAsString().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var signedIn = browser.perform(post("/login").cookie(loginPage.getCookies()).param("_csrf", formToken)
                .param("username", "coordination").param("password", "demo")).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/planification.html");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        // The token is renewed at sign-in; the page's script reads the new cookie and sends it back as a header.
        // (the response first clears the old cookie, then sets the new one: the browser keeps the last)
        Cookie token = java.util.Arrays.stream(signedIn.getResponse().getCookies())
                .filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((first, last) -> last).orElse(null);
        assertThat(token).isNotNull();
        assertThat(token.getValue()).isNotBlank().isNotEqualTo(formToken);
        assertThat(token.isHttpOnly()).as("readable by the page's script").isFalse();
        assertThat(browser.perform(get("/api/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        var forged = browser.perform(multipart("/api/imports/places").file(new MockMultipartFile("file", "p.csv", null, PLACE))
                .session(session)).andReturn().getResponse();
        assertThat(forged.getStatus()).as("no CSRF token: refused").isEqualTo(403);
        assertThat(forged.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as("said in plain French")
                .contains("Votre session a expiré : rechargez la page.");

        var genuine = browser.perform(multipart("/api/imports/places").file(new MockMultipartFile("file", "p.csv", null, PLACE))
                .session(session).cookie(token).header("X-XSRF-TOKEN", token.getValue())).andReturn().getResponse();
        assertThat(genuine.getStatus()).as(genuine.getContentAsString()).isEqualTo(400);
        assertThat(genuine.getContentAsString()).as("the importer's own verdict").contains("CSRF-1");

        var script = browser.perform(multipart("/api/imports/places").file(new MockMultipartFile("file", "p.csv", null, PLACE))
                .with(httpBasic("coordination", "demo"))).andReturn().getResponse();
        assertThat(script.getStatus()).as("HTTP Basic needs no CSRF token").isEqualTo(400);

        browser.perform(post("/logout").session(session).cookie(token).header("X-XSRF-TOKEN", token.getValue()));
        assertThat(browser.perform(get("/api/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        var accounts = context.getBean(Accounts.class);
        accounts.create("throttle-test", "correct-horse", Role.FIELD, accounts.consortium("Consortium B"), null);
        for (int i = 0; i < 5; i++) {
            assertThat(basic("throttle-test", "wrong-" + i).getStatus()).isEqualTo(401);
        }
        var locked = basic("throttle-test", "correct-horse");
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isPositive();
        assertThat(locked.getContentAsString()).contains("Trop de tentatives");
    }

    private org.springframework.mock.web.MockHttpServletResponse basic(String user, String password) throws Exception {
        return browser.perform(get("/api/me").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr("198.51.100.23");
            return request;
        })).andReturn().getResponse();
    }

    private org.springframework.mock.web.MockHttpServletResponse login(String user) throws Exception {
        return browser.perform(post("/login").with(browserCsrfToken()).param("username", user).param("password", "demo"))
                .andReturn().getResponse();
    }
}
