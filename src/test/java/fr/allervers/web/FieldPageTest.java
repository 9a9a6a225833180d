package fr.allervers.web;

import fr.allervers.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** The field view ("ma journée") in Chromium, on a phone-sized window. */
@BrowserTest
class FieldPageTest extends SignedInPage {

    @Autowired
    JdbcTemplate jdbc;

    FieldPageTest() {
        super(Role.FIELD, 412, 915);
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
        browser.awaitLayer("routes", n -> n >= stopsThatDay, "les arrêts du jour");
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
                + "\"mode\":\"CAR\",\"shiftStart\":\"09:00\",\"shiftEnd\":\"17:00\",\"basePlaceId\":" + base + "}]}")
                .get("id").asLong();
        JsonNode plan = waitFor("/api/maraude-plans/" + planId);
        JsonNode stops = plan.get("teams").get(0).get("stops");
        assertThat(stops).isNotEmpty();

        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=nord");
        assertThat(browser.findAll("#journee-liste li")).hasSize(stops.size());
        for (int i = 0; i < stops.size(); i++) {
            assertThat(browser.findAll("#journee-liste li").get(i).getText()).contains(stops.get(i).get("name").asString());
        }
        browser.awaitLayer("routes", n -> n == stops.size() + 1, "un marqueur par arrêt et la ligne de la tournée");
        assertThat(browser.findAll("#journee-liens a[href$='/teams/nord.gpx']")).hasSize(1);
        browser.screenshot("ma-journee-maraude");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTeamMarksItsRoundCarriedOutAfterConfirming() {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\"" + LocalDate.now() + "\","
                + "\"fromTerritory\":true,\"secondsLimit\":1,\"teams\":[{\"id\":\"est\",\"name\":\"Équipe Est\","
                + "\"mode\":\"CAR\",\"shiftStart\":\"00:00\",\"shiftEnd\":\"23:59\",\"basePlaceId\":" + base + "}]}")
                .get("id").asLong();
        assertThat(waitFor("/api/maraude-plans/" + planId).get("carriedOutAt").isNull()).isTrue();

        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=est");
        var button = browser.find("#tournee-effectuee");
        assertThat(button.getText()).isEqualTo("Tournée effectuée");
        assertThat(button.isEnabled()).isTrue();
        assertThat(button.getAttribute("class")).contains("no-print");

        // Cancelled confirmation: nothing is sent.
        button.click();
        Alert question = new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).contains("hôtels 115", "visités");
        question.dismiss();
        assertThat(server.get("/api/maraude-plans/" + planId).get("carriedOutAt").isNull()).isTrue();
        assertThat(browser.findAll("#tournee-effectuee")).hasSize(1);

        browser.find("#tournee-effectuee").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil("tournée déclarée", Duration.ofSeconds(10),
                "return document.getElementById('journee-statut').dataset.kind === 'ok'");
        assertThat(server.get("/api/maraude-plans/" + planId).get("carriedOutAt").asString()).isNotBlank();
        assertThat(browser.findAll("#tournee-effectuee")).isEmpty();
        assertThat(browser.find("#journee-tournee").getText()).startsWith("Tournée effectuée le ");
        browser.screenshot("ma-journee-tournee-effectuee");

        // Opened again, the page says it is done instead of offering the button.
        browser.open("/ma-journee.html?maraude=" + planId + "&equipe=est");
        assertThat(browser.findAll("#tournee-effectuee")).isEmpty();
        assertThat(browser.find("#journee-tournee").getText()).startsWith("Tournée effectuée le ");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void notesAnEncounterAtAStopAndKeepsItOnThePhoneWhileOffline() {
        long base = server.get("/api/layers/places").get("features").get(0).get("id").asLong();
        long planId = server.post("/api/maraude-plans", "{\"territoryId\":" + server.territoryId() + ",\"date\":\"" + LocalDate.now() + "\","
                + "\"fromTerritory\":true,\"secondsLimit\":1,\"teams\":[{\"id\":\"sud\",\"name\":\"Équipe Sud\","
                + "\"mode\":\"CAR\",\"shiftStart\":\"00:00\",\"shiftEnd\":\"23:59\",\"basePlaceId\":" + base + "}]}")
                .get("id").asLong();
        JsonNode stop = waitFor("/api/maraude-plans/" + planId).get("teams").get(0).get("stops").get(0);
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
