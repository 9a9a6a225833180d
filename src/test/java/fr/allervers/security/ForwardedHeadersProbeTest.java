package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * Replays the forwarded-headers probe of issue #13 against the application's defaults (no trusted proxy, no public
 * address): {@code X-Forwarded-*} and {@code Forwarded} change nothing, neither the calendar address nor the address
 * the login throttle counts. With a trusted proxy, a real Tomcat reads them: {@link TrustedProxiesTest}.
 */
@DatabaseTest
class ForwardedHeadersProbeTest {

    private static final RequestPostProcessor FORGED = request -> {
        request.addHeader("X-Forwarded-For", "198.51.100.9");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "piege.example");
        request.addHeader("Forwarded", "for=198.51.100.9;proto=https;host=piege.example");
        return request;
    };

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Environment environment;

    @Test
    void byDefaultNoProxyIsTrustedAndSpringBootAddsNoValveOfItsOwn() {
        assertThat(context.getBean(SecurityProperties.class).trustedProxies()).isEmpty();
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualToIgnoringCase("none");
    }

    @Test
    void forwardedHeadersDoNotGoIntoTheCalendarAddress() throws Exception {
        long staffId = Api.json(mvc.perform(get("/api/staff")).andReturn()).get(0).get("id").asLong();
        String url = Api.json(mvc.perform(put("/api/staff/" + staffId + "/calendar-feed").with(FORGED)).andReturn())
                .get("url").asString();
        assertThat(url).startsWith("http://localhost/calendar/").doesNotContain("piege");
    }

    @Test
    void forwardedHeadersDoNotMoveTheThrottleToAnotherAddress() throws Exception {
        MockMvc anonymous = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String account = TestTenants.username(getClass(), Role.FUNDER);
        for (int i = 0; i < 5; i++) {
            int status = anonymous.perform(get("/api/me").with(httpBasic(account, "mauvais-" + i)).with(FORGED)
                    .with(from("203.0.113.20"))).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(401);
        }
        assertThat(anonymous.perform(get("/api/me").with(httpBasic(account, TestTenants.PASSWORD)).with(from("203.0.113.20")))
                .andReturn().getResponse().getStatus()).as("counted on the real peer, not the forged one").isEqualTo(429);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
