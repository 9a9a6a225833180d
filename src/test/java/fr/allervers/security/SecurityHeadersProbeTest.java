package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;

/**
 * Replays the headers probe of issue #13: no Content-Security-Policy, Referrer-Policy or Permissions-Policy on any
 * answer. That the pages still work under this policy is checked in a real browser by
 * {@code fr.allervers.web.ContentSecurityPolicyPageTest}.
 */
@DatabaseTest
class SecurityHeadersProbeTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithAnonymousUser
    void theLoginPageAndItsStylesheetCarryThePolicies() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
        assertPolicies(login);
        assertThat(login.getContentAsString()).as("no inline style block for the CSP to refuse")
                .doesNotContain("<style").doesNotContain("<script").contains("/css/login.css");
        MockHttpServletResponse css = mvc.perform(get("/css/login.css")).andReturn().getResponse();
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentAsString()).contains(".erreur");
    }

    @Test
    void pagesAndApiAnswersCarryThePolicies() throws Exception {
        for (String path : new String[] {"/planification.html", "/api/me", "/api/staff/0/calendar-feed"}) {
            assertPolicies(mvc.perform(get(path)).andReturn().getResponse());
        }
    }

    @Test
    void swaggerUiAloneMayApplyInlineStylesButNoInlineScript() throws Exception {
        String csp = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(csp).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
    }

    @Test
    void theTileServerIsTheOnlyOtherImageSource() {
        assertThat(SecurityHeaders.tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.openstreetmap.org");
        assertThat(SecurityHeaders.tileSource("https://tuiles.example.fr:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://tuiles.example.fr:8443");
        assertThat(SecurityHeaders.tileSource("https://t{s}.example.fr/{z}/{x}/{y}.png")).isEqualTo("https:");
        assertThat(SecurityHeaders.tileSource("/tuiles/{z}/{x}/{y}.png")).isEmpty();
        assertThat(SecurityHeaders.tileSource("javascript:alert(1)")).isEmpty();
        assertThat(SecurityHeaders.tileSource("https://evil.example; script-src *")).isEqualTo("https:");
        assertThat(SecurityHeaders.contentSecurityPolicy(null)).contains("img-src 'self' data: blob:;");
        assertThat(SecurityHeaders.contentSecurityPolicy("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org;");
    }

    private static void assertPolicies(MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as("CSP").isNotNull().contains("default-src 'self'").contains("script-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("img-src 'self' data: blob:")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("geolocation=()").contains("camera=()")
                .contains("microphone=()");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
