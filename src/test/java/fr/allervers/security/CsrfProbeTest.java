package fr.allervers.security;

import static fr.allervers.support.CsrfByDefault.browserCsrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * Replays the CSRF probe of issue #13: any {@code Authorization} header skipped the CSRF check, even on a request
 * that carried a session cookie. Uses its own MockMvc, without the CSRF token the shared one adds.
 */
@DatabaseTest
class CsrfProbeTest {

    // Refused by the importer (no coordinates), so that it writes nothing: a 400 proves the call got past security.
    private static final byte[] PLACE = "ref;nom;type;lon;lat\nCSRF-2;Place CSRF;place publique;;\n".getBytes();

    @Autowired
    WebApplicationContext context;
    MockMvc browser;

    @BeforeEach
    void browser() {
        browser = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aSessionWithABogusAuthorizationHeaderStillNeedsItsCsrfToken() throws Exception {
        MockHttpSession session = signIn();
        MockHttpServletResponse forged = browser.perform(multipart("/api/imports/places").file(file())
                .session(session).with(sessionCookie(session)).header("Authorization", "Basic Ym9ndXM6Ym9ndXM="))
                .andReturn().getResponse();
        assertThat(forged.getStatus()).as("session + bogus Basic, no CSRF token").isEqualTo(403);
        MockHttpServletResponse bearer = browser.perform(multipart("/api/imports/places").file(file())
                .session(session).with(sessionCookie(session)).header("Authorization", "Bearer x"))
                .andReturn().getResponse();
        assertThat(bearer.getStatus()).as("session + any other scheme, no CSRF token").isEqualTo(403);
    }

    @Test
    void aSessionCookieAloneIsEnoughToNeedTheToken() throws Exception {
        // An unknown or expired session id is still a browser's request: no exemption for it either.
        MockHttpServletResponse forged = browser.perform(multipart("/api/imports/places").file(file())
                .with(TestTenants.basic(getClass(), Role.COORDINATOR)).with(request -> {
                    request.setRequestedSessionId("perimee");
                    return request;
                })).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
    }

    @Test
    void aRealBasicCallWithoutSessionNeedsNoToken() throws Exception {
        MockHttpServletResponse script = browser.perform(multipart("/api/imports/places").file(file())
                .with(TestTenants.basic(getClass(), Role.COORDINATOR))).andReturn().getResponse();
        assertThat(script.getStatus()).as(script.getContentAsString()).isEqualTo(400);
        assertThat(script.getContentAsString()).as("the importer's own verdict").contains("CSRF-2");
        MockHttpServletResponse noAuthorization = browser.perform(multipart("/api/imports/places").file(file()))
                .andReturn().getResponse();
        assertThat(noAuthorization.getStatus()).isEqualTo(403);
    }

    private MockHttpSession signIn() throws Exception {
        var signedIn = browser.perform(post("/login").with(browserCsrfToken())
                .param("username", TestTenants.username(getClass(), Role.COORDINATOR))
                .param("password", TestTenants.PASSWORD)).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/planification.html");
        return (MockHttpSession) signedIn.getRequest().getSession();
    }

    /** What the servlet container makes of the browser's JSESSIONID cookie; MockMvc's session() alone does not. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor sessionCookie(
            MockHttpSession session) {
        return request -> {
            request.setRequestedSessionId(session.getId());
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "p.csv", null, PLACE);
    }
}
