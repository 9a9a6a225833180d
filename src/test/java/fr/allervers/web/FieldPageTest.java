package fr.allervers.web;

import fr.allervers.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** The field view ("ma journée") in Chromium, on a phone-sized window (an iPhone 12 to 15's 390 × 844). */
@BrowserTest
class FieldPageTest extends SignedInPage {

    @Autowired
    JdbcTemplate jdbc;

    FieldPageTest() {
        super(Role.FIELD, 390, 844);
    }

    @Test
    void loadsOnTheDemoTerritory() {
        browser.open("/ma-journee.html?plan=");
        browser.awaitLayer("communes", n -> n == 5, "les cinq communes");
        assertThat(browser.hasLayer("hotels")).isFalse();
        browser.screenshot("ma-journee-accueil");
        assertThat(browser.consoleErrors()).isEmpty();

        // The planning page is not theirs: not offered on the landing page, and the server sends them back home.
        browser.open("/");
        browser.waitUntil("la carte « Planification » est masquée", java.time.Duration.ofSeconds(10),
                "return document.querySelector('main a[href=\"/planification.html\"]').parentElement.hidden");
        browser.visit("/planification.html");
        browser.waitUntil("renvoyé vers « Ma journée »", java.time.Duration.ofSeconds(10),
                "return location.pathname === '/ma-journee.html'");
    }

    @Test
    void showsTheSignedInWorkersDayInOrderWithRouteAndCalendarLink() {
        browser.open("/ma-journee.html");
        long staffId = ((Number) browser.js("const r = new XMLHttpRequest(); r.open('GET', '/api/me', false); r.send();"
                + "return JSON.parse(r.responseText).staffId;")).longValue();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long planId = server.post("/api/permanence-plans", "{\"territoryId\":" + server.territoryId() + ",\"from\":\"" + monday + "\",\"to\":\""
                + monday.plusDays(4) + "\",\"secondsLimit\":2}").get("id").asLong();
        JsonNode plan = waitForPlan(planId);
        JsonNode first = null;
        for (JsonNode p : plan.get("permanences")) {
            for (JsonNode s : p.get("staff")) {
                if (first == null && s.get("id").asLong() == staffId) {
                    first = p;
                }
            }
        }
        if (first == null) {
            // The solver left this worker out: give them the first permanence's social worker seat by hand.
            first = plan.get("permanences").get(0);
            StringBuilder staff = new StringBuilder();
            for (JsonNode s : first.get("staff")) {
                staff.append(staff.length() == 0 ? "" : ",")
                        .append("SOCIAL_WORKER".equals(s.get("role").asString()) ? staffId : s.get("id").asLong());
            }
            long changed = first.get("id").asLong();
            plan = server.patch("/api/permanence-plans/" + planId + "/permanences/" + changed,
                    "{\"staff\":[" + staff + "]}");
            for (JsonNode p : plan.get("permanences")) {
                if (p.get("id").asLong() == changed) {
                    first = p;
                }
            }
        }
        // The market of that permanence is cancelled: it stays in the worker's day, « annulée », with its reason.
        plan = server.post("/api/permanence-plans/" + planId + "/permanences/" + first.get("id").asLong() + "/cancellation",
                "{\"reason\":\"MARCHE_ANNULE\"}");
        // The coordination publishes the plan: the worker now finds it without a link.
        assertThat(server.put("/api/permanence-plans/" + planId + "/publication").get("publishedAt").asString())
                .isNotBlank();
        long sameDay = 0;
        for (JsonNode p : plan.get("permanences")) {
            if (p.get("date").asString().equals(first.get("date").asString())) {
                for (JsonNode s : p.get("staff")) {
                    sameDay += s.get("id").asLong() == staffId ? 1 : 0;
                }
            }
        }

        browser.open("/ma-journee.html");
        assertThat(browser.find("#journee-qui").getAttribute("value")).isEqualTo("personne:" + staffId);
        assertThat(browser.find("#journee-brouillon").isDisplayed()).isFalse();
        assertThat(browser.findAll("#journee-qui option[value^='personne:']")).hasSize(1);
        browser.js("const d = document.getElementById('journee-date'); d.value = arguments[0];"
                + "d.dispatchEvent(new Event('change'));", first.get("date").asString());

        final long stopsThatDay = sameDay;
        browser.await("les " + stopsThatDay + " permanences du jour choisi",
                () -> browser.findAll("#journee-liste li").size() == stopsThatDay);
        assertThat(browser.find("#journee-liste").getText()).contains(first.get("placeName").asString());
        browser.await("la permanence annulée dit « Annulée » et son motif",
                () -> browser.findAll("#journee-liste li.cancelled .cancelled-text").size() == 1);
        assertThat(browser.find("#journee-liste li.cancelled").getText()).contains(first.get("placeName").asString())
                .contains("Annulée — marché annulé");
        assertThat(browser.findAll("#journee-liste li.cancelled button.note")).isEmpty();
        String myDay = (String) browser.js("const r = new XMLHttpRequest(); r.open('GET', '/api/permanence-plans/' + arguments[0]"
                + " + '/my-day?date=' + arguments[1], false); r.send(); return r.responseText;", planId, first.get("date").asString());
        ApiShapes.read().assertMatches("MyDay", tools.jackson.databind.json.JsonMapper.builder().build().readTree(myDay));
        // The cancelled permanence is not on the route.
        browser.awaitLayer("routes", n -> n >= stopsThatDay - 1, "les arrêts du jour");
        assertThat(browser.findAll("#journee-liens a[href$='/calendar/staff/" + staffId + ".ics']")).hasSize(1);
        browser.screenshot("ma-journee");

        // Printed: the day and the map, without navigation, form or buttons.
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.find("header.site nav").isDisplayed()).isFalse();
        assertThat(browser.find("#journee-form").isDisplayed()).isFalse();
        assertThat(browser.find("#imprimer").isDisplayed()).isFalse();
        assertThat(browser.find("#journee-liste").isDisplayed()).isTrue();
        assertThat(browser.find("#carte").isDisplayed()).isTrue();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void subscribesThePhonesCalendarThenTurnsTheAddressOff() throws Exception {
        browser.open("/ma-journee.html");
        browser.find("#abonnement summary").click();
        browser.find("#abonnement-creer").click();
        browser.waitUntil("l'adresse est affichée", Duration.ofSeconds(10),
                "return document.getElementById('abonnement-adresse').value.includes('/calendar/')");
        String address = browser.find("#abonnement-adresse").getAttribute("value");
        assertThat(address).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(browser.find("#abonnement-ouvrir").getAttribute("href")).startsWith("webcal://");
        // A calendar app has no session: the address alone opens the calendar.
        java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
        var calendar = anonymous.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");

        browser.find("#abonnement-desactiver").click();
        browser.waitUntil("l'abonnement est désactivé", Duration.ofSeconds(10),
                "return document.getElementById('abonnement-desactiver').hidden");
        assertThat(anonymous.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void showsAMaraudeTeamsStopsInOrderWithItsRouteAndGpx() {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        LocalDate day = LocalDate.now().plusDays(1);
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\"" + day + "\","
                + "\"fromTerritory\":true,\"secondsLimit\":2,\"teams\":[{\"id\":\"nord\",\"name\":\"Équipe Nord\","
                + "\"mode\":\"CAR\",\"shiftStart\":\"09:00\",\"shiftEnd\":\"17:00\",\"basePlaceId\":" + base + "}],"
                + "\"lunch\":{\"minutes\":0}}").get("id").asLong();
        JsonNode plan = waitFor("/api/maraude-plans/" + planId);
        JsonNode stops = plan.get("teams").get(0).get("stops");
        assertThat(stops).isNotEmpty();
        // Published (a plan breaking a hard rule would not be: without a lunch break two seconds always do).
        JsonNode published = server.put("/api/maraude-plans/" + planId + "/publication");
        assertThat(published.get("publishedAt").isNull()).as(published.toString()).isFalse();

        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=nord");
        browser.await("les " + stops.size() + " étapes de l'équipe", () -> browser.findAll("#journee-liste li").size() == stops.size());
        for (int i = 0; i < stops.size(); i++) {
            assertThat(browser.findAll("#journee-liste li").get(i).getText()).contains(stops.get(i).get("name").asString());
        }
        browser.awaitLayer("routes", n -> n == stops.size() + 1, "un marqueur par arrêt et la ligne de la tournée");
        assertThat(browser.findAll("#journee-liens a[href$='/teams/nord.gpx']")).hasSize(1);
        browser.screenshot("ma-journee-maraude");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTeamChecksOffItsStopsInThePageAndUndoesOneWithAPhonesTapTargetsAndNavigationLinks() {
        long planId = publishedRoundForToday("est", "Équipe Est");
        JsonNode stops = server.get("/api/maraude-plans/" + planId).get("teams").get(0).get("stops");
        JsonNode first = stops.get(0);
        String visitId = first.get("visitId").asString();
        String item = "#journee-liste li[data-visit-id='" + visitId + "']";

        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=est");
        browser.await("les étapes de l'équipe", () -> browser.findAll("#journee-liste li").size() == stops.size());
        // The team and the day are in the address: a reload, or the copy kept offline, opens them again.
        browser.waitUntil("l'équipe et le jour dans l'adresse", Duration.ofSeconds(5),
                "const p = new URL(location.href).searchParams; return p.get('equipe') === 'est'"
                        + " && p.get('maraude') === '" + planId + "' && p.get('jour') === '" + LocalDate.now() + "';");

        // Each stop says where it is and opens the phone's navigation app, from the coordinates alone.
        for (int i = 0; i < stops.size(); i++) {
            JsonNode stop = stops.get(i);
            var li = browser.findAll("#journee-liste li").get(i);
            assertThat(li.findElement(org.openqa.selenium.By.cssSelector(".detail")).getText()).isNotBlank();
            String geo = li.findElement(org.openqa.selenium.By.cssSelector("a[href^='geo:']")).getAttribute("href");
            String at = String.format(java.util.Locale.ROOT, "%.6f,%.6f", stop.get("lat").asDouble(),
                    stop.get("lon").asDouble());
            assertThat(geo).startsWith("geo:" + at + "?q=" + at + "(");
            if ("HOTEL_115".equals(stop.get("kind").asString())) {
                assertThat(geo).as("a hotel's name stays out of the navigation app")
                        .doesNotContain(java.net.URLEncoder.encode(stop.get("name").asString(),
                                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            }
            assertThat(li.findElement(org.openqa.selenium.By.cssSelector("a[href^='https://maps.apple.com/']"))
                    .getAttribute("href")).isEqualTo("https://maps.apple.com/?daddr=" + at);
        }
        assertTapTargetsAtLeast44PxHigh();

        // A tap asks in the page, not in a browser pop-up; « Revenir » sends nothing.
        browser.find(item + " button.outcome[data-outcome='VISITED']").click();
        browser.await("la confirmation dans la page", () -> !browser.findAll(item + " .confirm").isEmpty());
        assertThat(browser.find(item + " .confirm").getText()).contains("visité", first.get("name").asString());
        browser.find(item + " .confirm-no").click();
        browser.await("confirmation refermée", () -> browser.findAll(item + " .confirm").isEmpty());
        assertThat(outcome(planId, visitId).isNull()).isTrue();

        browser.find(item + " button.outcome[data-outcome='VISITED']").click();
        browser.await("la confirmation dans la page", () -> !browser.findAll(item + " .confirm-yes").isEmpty());
        browser.find(item + " .confirm-yes").click();
        browser.waitUntil("étape cochée", Duration.ofSeconds(10),
                "const li = document.querySelector(\"" + item + "\"); return li && li.dataset.outcome === 'VISITED';");
        assertThat(outcome(planId, visitId).asString()).isEqualTo("VISITED");
        assertThat(browser.find(item + " .checked").getText()).startsWith("✓ Visité — coché à ");
        assertThat(browser.find("#journee-tournee").getText()).contains("1 étape(s) cochée(s) sur " + stops.size());
        browser.screenshot("ma-journee-etape-cochee");

        // Reloaded, the page shows the same team and day, and the stop still checked off.
        browser.driver().navigate().refresh();
        browser.waitUntil("étape toujours cochée après rechargement", Duration.ofSeconds(10),
                "const li = document.querySelector(\"" + item + "\"); return li && li.dataset.outcome === 'VISITED';");
        assertThat(browser.find("#journee-qui").getAttribute("value")).isEqualTo("equipe:est");

        // A wrong tap: undone in one tap, on the server too.
        browser.find(item + " .undo-check").click();
        browser.waitUntil("étape décochée", Duration.ofSeconds(10),
                "const li = document.querySelector(\"" + item + "\"); return li && !li.dataset.outcome"
                        + " && li.querySelector('button.outcome') !== null;");
        assertThat(outcome(planId, visitId).isNull()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.jsErrors()).isEmpty();
    }

    @Test
    void aStopOfALaterDayAndAnEncounterBeforeTheDaySayWhyTheyAreNotYetPossible() {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\""
                + tomorrow + "\",\"fromTerritory\":true,\"hotspots\":false,\"secondsLimit\":1,\"teams\":[{\"id\":"
                + "\"ouest\",\"name\":\"Équipe Ouest\",\"mode\":\"CAR\",\"shiftStart\":\"00:00\",\"shiftEnd\":"
                + "\"23:59\",\"basePlaceId\":" + base + "}]}").get("id").asLong();
        waitFor("/api/maraude-plans/" + planId);
        server.put("/api/maraude-plans/" + planId + "/publication");

        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=ouest&jour=" + tomorrow);
        browser.await("les étapes de demain", () -> !browser.findAll("#journee-liste li").isEmpty());
        var li = browser.findAll("#journee-liste li").get(0);
        assertThat(li.findElement(org.openqa.selenium.By.cssSelector("button.note")).isEnabled()).isFalse();
        assertThat(li.findElement(org.openqa.selenium.By.cssSelector(".actions .why")).getText())
                .isEqualTo("Les rencontres se notent le jour même.");
        assertThat(li.findElements(org.openqa.selenium.By.cssSelector("button.outcome")))
                .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isEnabled);
        assertThat(li.findElement(org.openqa.selenium.By.cssSelector(".check-off .why")).getText())
                .startsWith("Les étapes se cochent le jour du passage");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Every visible button, link styled as a button, field and menu entry of the page is at least 44 px high. */
    private void assertTapTargetsAtLeast44PxHigh() {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.js("return [...document.querySelectorAll("
                + "'button, a.button, select, input, summary, header.site a, #journee-liste a')]"
                + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
                + ".map(e => (e.id || e.className || e.tagName) + ' ' + e.getBoundingClientRect().height);");
        assertThat(small).as("cibles tactiles de moins de 44 px").isEmpty();
        assertThat(browser.findAll("#journee-liste a[href^='geo:']")).isNotEmpty();
    }

    private JsonNode outcome(long planId, String visitId) {
        for (JsonNode round : server.get("/api/maraude-plans/" + planId).get("teams")) {
            for (JsonNode stop : round.get("stops")) {
                if (stop.get("visitId").asString().equals(visitId)) {
                    return stop.get("outcome");
                }
            }
        }
        throw new AssertionError("étape absente : " + visitId);
    }

    /** A one-team round of today from the territory, solved and published. */
    private long publishedRoundForToday(String id, String name) {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\""
                + LocalDate.now() + "\",\"fromTerritory\":true,\"secondsLimit\":1,\"teams\":[{\"id\":\"" + id
                + "\",\"name\":\"" + name + "\",\"mode\":\"CAR\",\"shiftStart\":\"00:00\",\"shiftEnd\":\"23:59\","
                + "\"basePlaceId\":" + base + "}]}").get("id").asLong();
        assertThat(waitFor("/api/maraude-plans/" + planId).get("teams").get(0).get("stops")).isNotEmpty();
        server.put("/api/maraude-plans/" + planId + "/publication");
        return planId;
    }

    @Test
    void notesAnEncounterAtAStopAndKeepsItOnThePhoneWhileOffline() {
        long planId = publishedRoundForToday("sud", "Équipe Sud");
        JsonNode stop = server.get("/api/maraude-plans/" + planId).get("teams").get(0).get("stops").get(0);
        long organisation = ((Number) browser.js("const r = new XMLHttpRequest(); r.open('GET', '/api/me', false);"
                + " r.send(); return JSON.parse(r.responseText).organisationId;")).longValue();
        try {
            browser.open("/ma-journee.html?maraude=" + planId + "&equipe=sud");
            browser.js("localStorage.removeItem('allerVers.rencontres.enAttente')");

            // An incomplete form says what is missing and sends nothing.
            browser.find("#journee-liste li .note").click();
            assertThat(browser.find("#rencontre-structure-bloc").isDisplayed()).as("own organisation used").isFalse();
            browser.find("#rencontre-enregistrer").click();
            assertThat(browser.find("#rencontre-erreur").getText()).contains("public");
            assertThat(stored(planId)).isEmpty();

            fill("HOMELESS", "ORIENTED", "HOUSING", 2);
            assertThat(browser.find("#rencontre-partenaire-bloc").isDisplayed()).isTrue();
            browser.find("#rencontre-enregistrer").click();
            browser.waitUntil("rencontre notée", Duration.ofSeconds(10),
                    "return document.getElementById('journee-statut').textContent.includes('Rencontre notée')");
            assertThat(stored(planId)).containsExactly(String.format(java.util.Locale.ROOT,
                    "MARAUDE %d HOMELESS ORIENTED HOUSING 2 %d %.5f %.5f", planId, organisation,
                    stop.get("lon").asDouble(), stop.get("lat").asDouble()));
            assertThat(browser.find("#journee-liste li .noted").getText()).contains("1 notée");

            // No network: the encounter waits on the phone, then leaves once the connection is back.
            browser.driver().setNetworkConditions(offline(true));
            browser.find("#journee-liste li .note").click();
            fill("YOUNG_16_25", "INFORMED", null, 1);
            browser.find("#rencontre-enregistrer").click();
            browser.waitUntil("rencontre en attente", Duration.ofSeconds(10),
                    "return document.getElementById('rencontres-attente').textContent.includes('1 rencontre(s) en attente')");
            assertThat(browser.find("#journee-statut").getText()).contains("Pas de réseau");
            assertThat(stored(planId)).hasSize(1);
            browser.screenshot("ma-journee-rencontre-hors-ligne");

            // Back online, the browser's "online" event sends what waits, without anyone pressing a button.
            browser.driver().setNetworkConditions(offline(false));
            browser.waitUntil("file d'attente vidée", Duration.ofSeconds(10),
                    "return document.getElementById('rencontres-attente').hidden");
            assertThat(stored(planId)).hasSize(2).anySatisfy(row -> assertThat(row).contains("YOUNG_16_25 INFORMED null 1"));
            assertThat(browser.js("return localStorage.getItem('allerVers.rencontres.enAttente')")).isEqualTo("[]");

            // A wrong tap: the last one is taken back, on the server too.
            browser.find("#journee-liste li .undo").click();
            browser.waitUntil("rencontre annulée", Duration.ofSeconds(10),
                    "return document.getElementById('journee-statut').textContent.includes('Dernière rencontre annulée')");
            assertThat(stored(planId)).hasSize(1).allSatisfy(row -> assertThat(row).contains("HOMELESS ORIENTED"));
            assertThat(browser.find("#journee-liste li .noted").getText()).contains("1 notée");
            // The console lists the request that failed while offline; nothing else.
            assertThat(browser.consoleErrors()).allSatisfy(line -> assertThat(line).contains("ERR_INTERNET_DISCONNECTED"));
        } finally {
            browser.driver().setNetworkConditions(offline(false));
            jdbc.update("DELETE FROM encounter WHERE context = 'MARAUDE' AND context_id = ?", planId);
        }
    }

    private void fill(String category, String outcome, String partner, int people) {
        new Select(browser.find("#rencontre-public")).selectByValue(category);
        new Select(browser.find("#rencontre-suite")).selectByValue(outcome);
        if (partner != null) {
            new Select(browser.find("#rencontre-partenaire")).selectByValue(partner);
        }
        browser.find("#rencontre-personnes").clear();
        browser.find("#rencontre-personnes").sendKeys(Integer.toString(people));
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    /** The encounters stored for a maraude plan, one line each, as the server holds them. */
    private List<String> stored(long planId) {
        return jdbc.query("SELECT context, context_id, category, outcome, partner, people, organisation_id,"
                + " ST_X(geom) AS lon, ST_Y(geom) AS lat FROM encounter WHERE context = 'MARAUDE' AND context_id = ?"
                + " ORDER BY id", (rs, i) -> String.format(java.util.Locale.ROOT, "%s %d %s %s %s %d %d %.5f %.5f",
                rs.getString("context"), rs.getLong("context_id"), rs.getString("category"), rs.getString("outcome"),
                rs.getString("partner"), rs.getInt("people"), rs.getLong("organisation_id"), rs.getDouble("lon"),
                rs.getDouble("lat")), planId);
    }

    private JsonNode waitForPlan(long id) {
        JsonNode plan = waitFor("/api/permanence-plans/" + id);
        assertThat(plan.get("permanences")).isNotEmpty();
        return plan;
    }

    private JsonNode waitFor(String path) {
        return server.waitUntilDone(path);
    }
}
