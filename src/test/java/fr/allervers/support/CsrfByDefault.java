package fr.allervers.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API tests act as a signed-in browser, which always sends its CSRF token: the shared MockMvc adds one to
 * every request, the way the page's script does (the {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN}
 * header), so the application's real CSRF check runs. CSRF refusals are tested in
 * {@code fr.allervers.security.BrowserSessionTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CsrfByDefault {

    /** A browser's double-submitted CSRF token. */
    public static RequestPostProcessor browserCsrfToken() {
        String token = UUID.randomUUID().toString();
        return request -> {
            Cookie[] existing = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] cookies = java.util.Arrays.copyOf(existing, existing.length + 1);
            cookies[existing.length] = new Cookie("XSRF-TOKEN", token);
            request.setCookies(cookies);
            request.addHeader("X-XSRF-TOKEN", token);
            return request;
        };
    }

    @Bean
    MockMvcBuilderCustomizer csrfByDefault() {
        return builder -> builder.defaultRequest(get("/").with(browserCsrfToken()));
    }
}
