package fr.allervers.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;

import fr.allervers.security.Accounts;
import fr.allervers.security.Role;
import fr.allervers.territory.Consortium;

/**
 * The benchmarks call the API the way the map page does: signed in once through the login form, then with the
 * session cookie. (HTTP Basic would add a BCrypt check to every timed call, which a browser session never pays.)
 */
final class BenchAccount {

    private static final String USERNAME = "bench-coordinator";
    private static final String PASSWORD = "bench-password-not-secret";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private BenchAccount() {
    }

    /** Creates a coordinator in the given consortium and returns an HTTP client signed in as that coordinator. */
    static HttpClient signedInClient(ApplicationContext app, Consortium consortium, int port) throws Exception {
        app.getBean(Accounts.class).create(USERNAME, PASSWORD, Role.COORDINATOR, consortium, null);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_FIELD.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String form = "username=" + USERNAME + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("benchmark sign-in failed: " + login.statusCode());
        }
        return http;
    }

    /** The CSRF token the session's cookie carries, for the benchmark's own POSTs. */
    static String csrfToken(HttpClient http) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((first, last) -> last)
                .orElseThrow().getValue();
    }

    /** The first consortium of a fresh benchmark database, created when there is none yet. */
    static Consortium firstConsortium(ApplicationContext app, String name) {
        return app.getBean(Accounts.class).consortium(name);
    }
}
