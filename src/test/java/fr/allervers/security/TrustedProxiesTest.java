package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forwarded headers in a real Tomcat, configured by {@link TrustedProxies} alone (no Spring context): read from a
 * trusted proxy, ignored from anyone else and when no proxy is configured. The application's own default (none) is
 * replayed through its filter chain by {@link ForwardedHeadersProbeTest}.
 */
class TrustedProxiesTest {

    private static final String[] PROXY_HEADERS = {"X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "allervers.example.fr", "X-Forwarded-Port", "443",
            "Forwarded", "for=198.51.100.8;proto=https;host=autre.example"};

    @Test
    void aTrustedProxyGivesTheClientAddressTheSchemeAndTheHost() throws Exception {
        HttpResponse<String> answer = behind(List.of("127.0.0.1"));
        assertThat(answer.body()).isEqualTo("198.51.100.7 https allervers.example.fr true https://allervers.example.fr");
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
    }

    @Test
    void aProxyGivenAsACidrBlockIsTrustedToo() throws Exception {
        assertThat(behind(List.of("10.0.0.0/8", "127.0.0.0/8")).body()).startsWith("198.51.100.7 https");
    }

    @Test
    void theHeadersAreIgnoredFromAnAddressThatIsNotAProxy() throws Exception {
        HttpResponse<String> answer = behind(List.of("10.0.0.5"));
        assertThat(answer.body()).startsWith("127.0.0.1 http 127.0.0.1 false http://127.0.0.1:");
        assertThat(answer.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }

    @Test
    void theHeadersAreIgnoredWhenNoProxyIsConfigured() throws Exception {
        assertThat(behind(List.of()).body()).startsWith("127.0.0.1 http 127.0.0.1 false http://127.0.0.1:");
    }

    @Test
    void aMalformedProxyStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> TrustedProxies.valve(List.of("10.0.0.0/8", "mon-proxy")))
                .hasMessageContaining("« mon-proxy » n'est ni une adresse IP ni un bloc CIDR");
        assertThat(TrustedProxies.valve(List.of("::1", "192.0.2.1")).getInternalProxies())
                .isEqualTo("::1/128, 192.0.2.1/32");
    }

    /** One request with a proxy's headers, from loopback, to a Tomcat trusting {@code proxies}. */
    private static HttpResponse<String> behind(List<String> proxies) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new TrustedProxies(new SecurityProperties(null, 0, 0, null, proxies)).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("echo", new Echo()).addMapping("/*"));
        server.start();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .headers(PROXY_HEADERS).timeout(Duration.ofSeconds(10)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    /** What the application would see of the request, and the calendar address it would build from it. */
    private static final class Echo extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession(true);
            response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme() + " "
                    + request.getServerName() + " " + request.isSecure() + " "
                    + ServletUriComponentsBuilder.fromContextPath(request).toUriString());
        }
    }
}
