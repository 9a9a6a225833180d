package fr.allervers.web;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogType;

import tools.jackson.databind.JsonNode;

/**
 * « Ma journée » opened again without any network, from what the phone kept (web/sw.js), and forgotten on sign-out.
 *
 * <p>The browser reaches the application through a {@link CuttableLink} that the test cuts: then nothing answers
 * on that address at all, for the page and for its service worker alike. chromedriver's offline emulation
 * ({@code setNetworkConditions}) is not used for this because it does not reach the service worker: tried on
 * Chromium 156, the page said {@code navigator.onLine === false} while the worker's fetches still went through to
 * the server (about 20 kB passed the link during the "offline" reload) and the page showed fresh data.
 */
@BrowserTest
class OfflineDayPageTest extends SignedInPage {

    private static final String NOTICE = "Hors connexion : planning enregistré sur cet appareil le ";

    OfflineDayPageTest() {
        super(Role.FIELD, 412, 915);
    }

    @Test
    void opensTheDayAgainWithoutTheServerThenSigningOutDeletesWhatThePhoneKept() throws Exception {
        long planId = maraudePlanForToday("nord", "Équipe Nord");
        JsonNode stops = server.get("/api/maraude-plans/" + planId).get("teams").get(0).get("stops");
        assertThat(stops).isNotEmpty();
        String page = "/ma-journee.html?maraude=" + planId + "&equipe=nord";
        try (CuttableLink link = new CuttableLink(port)) {
            String base = "http://localhost:" + link.port();
            open(base + page);
            assertStops(stops);
            assertThat(browser.find("#hors-ligne").isDisplayed()).as("online: no notice").isFalse();

            // First visit: once the worker controls the page, it keeps what the page loaded before it did.
            browser.waitUntil("le service worker contrôle la page", Duration.ofSeconds(20),
                    "return Boolean(navigator.serviceWorker.controller)");
            // The page writes the team and the day into its address, which the offline reload below opens: the
            // worker answers it with the page kept under the address first loaded.
            assertThat((String) browser.js("return location.pathname + location.search"))
                    .contains("equipe=nord", "jour=" + LocalDate.now());
            List<String> needed = List.of(page, "/api/me", "/api/territories", "/api/map-config",
                    "/api/layers/communes", "/api/layers/places", "/api/organisations", "/api/maraude-plans/" + planId,
                    "/js/pages/ma-journee.js", "/js/api.js", "/css/aller-vers.css", "/webjars/leaflet/dist/leaflet.js",
                    "/webjars/leaflet/dist/leaflet.css");
            waitForCache(needed);

            // No network at all: nothing listens on the page's address any more.
            link.cut();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), link.port()).close())
                    .isInstanceOf(ConnectException.class);
            long sentBefore = link.bytesFromBrowser();
            browser.driver().manage().logs().get(LogType.BROWSER);
            browser.driver().navigate().refresh();
            ready();

            assertStops(stops);
            assertThat(browser.find("#hors-ligne").isDisplayed()).isTrue();
            assertThat(browser.find("#hors-ligne").getText()).startsWith(NOTICE);
            assertThat(link.bytesFromBrowser()).as("nothing reached the server").isEqualTo(sentBefore);
            browser.screenshot("ma-journee-hors-connexion");
            // The calendar subscription's state is not kept (it is not the day's plan): its request fails, and
            // the page says so in the closed « Mon agenda » box. Nothing else fails.
            assertThat(browser.consoleErrors()).allSatisfy(line ->
                    assertThat(line).contains("/calendar-feed", "ERR_CONNECTION_REFUSED"));

            // Back online, the worker signs out: the page deletes the copy before the session goes.
            link.restore();
            browser.find("#deconnexion button").click();
            browser.waitUntil("page de connexion", Duration.ofSeconds(20),
                    "return location.pathname === '/login'");
            assertThat(cacheNames()).isEmpty();
            assertThat(browser.js("const r = new XMLHttpRequest(); r.open('GET', '/api/me', false); r.send(); return r.status;"))
                    .as("the session is over").isEqualTo(401L);

            // And without the network the page no longer opens on this phone.
            link.cut();
            browser.driver().get(base + page);
            assertThat(browser.findAll("#journee-liste")).isEmpty();
        } finally {
            browser.visit("/login");
        }
    }

    @Test
    void anotherAccountOnThePhoneDropsWhatWasKeptForTheFirstOne() throws Exception {
        long terrainPlan = maraudePlanForToday("ouest", "Équipe Ouest");
        long otherPlan = maraudePlanForToday("centre", "Équipe Centre");
        try (CuttableLink link = new CuttableLink(port)) {
            String base = "http://localhost:" + link.port();
            open(base + "/ma-journee.html?maraude=" + terrainPlan + "&equipe=ouest");
            browser.waitUntil("le service worker contrôle la page", Duration.ofSeconds(20),
                    "return Boolean(navigator.serviceWorker.controller)");
            waitForCache(List.of("/api/me", "/api/maraude-plans/" + terrainPlan));

            // Someone else signs in on this phone without the first one signing out (an expired session).
            browser.signIn(TestTenants.username(getClass(), Role.COORDINATOR));
            open(base + "/ma-journee.html?maraude=" + otherPlan + "&equipe=centre");
            waitForCache(List.of("/api/maraude-plans/" + otherPlan));
            assertThat(cachedKeys()).doesNotContain("/api/maraude-plans/" + terrainPlan);

            // Offline, the second account's day opens from the phone, but the first account's plan is not served.
            link.cut();
            browser.driver().manage().logs().get(LogType.BROWSER);
            browser.driver().navigate().refresh();
            ready();
            assertThat(browser.find("#hors-ligne").getText()).startsWith(NOTICE);
            assertThat(browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/maraude-plans/' + arguments[0]).then((r) => done('servi ' + r.status),"
                    + " () => done('refusé'));", terrainPlan)).isEqualTo("refusé");
        } finally {
            browser.visit("/login");
        }
    }

    private long maraudePlanForToday(String teamId, String teamName) throws InterruptedException {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\"" + LocalDate.now() + "\","
                + "\"fromTerritory\":true,\"secondsLimit\":2,\"teams\":[{\"id\":\"" + teamId + "\",\"name\":\""
                + teamName + "\",\"mode\":\"CAR\",\"shiftStart\":\"09:00\",\"shiftEnd\":\"17:00\",\"basePlaceId\":"
                + base + "}]}").get("id").asLong();
        server.waitUntilDone("/api/maraude-plans/" + planId);
        // A draft is the coordination's: the field reads the plan once it is published.
        server.put("/api/maraude-plans/" + planId + "/publication");
        return planId;
    }

    /** Opens an absolute address (the link's, not the application's) and waits for the page module. */
    private void open(String url) {
        browser.driver().manage().logs().get(LogType.BROWSER);
        browser.driver().get(url);
        ready();
    }

    private void ready() {
        browser.waitUntil("la page est prête", Duration.ofSeconds(30),
                "return window.allerVers && (window.allerVers.ready === true || window.allerVers.errors.length > 0)");
        assertThat(browser.jsErrors()).isEmpty();
    }

    private void assertStops(JsonNode stops) {
        assertThat(browser.findAll("#journee-liste li")).hasSize(stops.size());
        for (int i = 0; i < stops.size(); i++) {
            assertThat(browser.findAll("#journee-liste li").get(i).getText()).contains(stops.get(i).get("name").asString());
        }
    }

    private void waitForCache(List<String> needed) {
        browser.await("kept on the phone: " + needed, () -> cachedKeys().containsAll(needed));
    }

    /** Path and query of every request kept in the page's caches. */
    @SuppressWarnings("unchecked")
    private List<String> cachedKeys() {
        return (List<String>) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "(async () => { const out = []; for (const n of await caches.keys()) {"
                + " for (const r of await (await caches.open(n)).keys()) { const u = new URL(r.url);"
                + " out.push(u.pathname + u.search); } } return out; })().then(done, (e) => done(['erreur ' + e]));");
    }

    @SuppressWarnings("unchecked")
    private List<String> cacheNames() {
        return (List<String>) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "caches.keys().then(done, (e) => done(['erreur ' + e]));");
    }
}
