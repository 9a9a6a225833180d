package fr.allervers.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie of Spring Session (sessions live in the database, shared by every instance). Set here rather
 * than from {@code server.servlet.session.cookie.*}, which Spring Boot applies only with an embedded server: the
 * same cookie then holds for the packaged service and for MockMvc tests.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

    /** The servlet container's usual name: nothing outside (pages, scripts, the OpenAPI document) sees a change. */
    static final String NAME = "JSESSIONID";

    @Bean
    DefaultCookieSerializer sessionCookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(NAME);
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        // Secure is left to request.isSecure(): true over TLS, including behind a trusted proxy that says so
        // (TrustedProxies' RemoteIpValve runs before any filter); a plain-HTTP demo on localhost keeps working.
        return cookie;
    }
}
