package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The planning view in Chromium, on the demo territory. */
@BrowserTest
class PlanningPageTest extends SignedInPage {

    PlanningPageTest() {
        super("coordination");
    }

    @Test
    void landingPageLeadsToEachView() {
        browser.visit("/");
        assertThat(browser.findAll("main a")).extracting(a -> a.getAttribute("pathname"))
                .containsExactly("/planification.html", "/ma-journee.html", "/financeur.html");
        browser.find("main a[href='/planification.html']").click();
        browser.waitUntil("la vue de planification est prête", Duration.ofSeconds(30),
                "return window.allerVers && window.allerVers.ready === true");
        browser.screenshot("accueil-puis-planification");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void drawsEveryTerritoryLayerAndSwitchesThemOff() {
        browser.open("/planification.html");

        assertThat(browser.layerCount("communes")).isEqualTo(5);
        // No tile URL configured: commune outlines are the base layer and no tile is requested.
        assertThat(browser.js("return window.allerVers.tiles")).isEqualTo(false);
        assertThat(browser.findAll(".leaflet-tile-pane img")).isEmpty();
        for (String layer : new String[] {"qpv", "places", "hotels"}) {
            assertThat(browser.layerCount(layer)).as(layer)
                    .isPositive()
                    .isEqualTo(server.featureCount("/api/layers/" + layer));
        }
        assertThat(browser.layerCount("heatmap")).as("cellules de la carte de chaleur").isPositive();
        long drawn = browser.layerCount("communes") + browser.layerCount("qpv") + browser.layerCount("places")
                + browser.layerCount("hotels") + browser.layerCount("heatmap");
        assertThat(browser.drawnPaths()).isGreaterThanOrEqualTo(drawn);
        assertThat(browser.find("#couche-hotels-nombre").getText()).contains("(" + browser.layerCount("hotels") + ")");

        browser.find("#couche-hotels").click();
        assertThat(browser.js("return window.allerVers.map.hasLayer(window.allerVers.layers.hotels.group)"))
                .isEqualTo(false);
        browser.find("#couche-hotels").click();
        assertThat(browser.js("return window.allerVers.map.hasLayer(window.allerVers.layers.hotels.group)"))
                .isEqualTo(true);

        browser.screenshot("planification");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void showsWhichFeatureOfARefusedImportIsWrong() throws Exception {
        browser.open("/planification.html");
        long placesBefore = server.featureCount("/api/layers/places");
        Path file = Files.createTempFile("lieux-faux", ".csv");
        // Second place with swapped coordinates: outside France once read as lon/lat.
        Files.writeString(file, "ref;nom;type;lon;lat;camion;ouverture\n"
                + "T-1;Place test;place publique;4,85;45,70;oui;lun-ven\n"
                + "T-2;Place inversée;place publique;45,70;4,85;oui;lun-ven\n", StandardCharsets.UTF_8);

        browser.find("#import-type option[value='places']").click();
        browser.find("#import-fichier").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import button[type='submit']").click();
        browser.waitUntil("le refus est affiché", Duration.ofSeconds(15),
                "return document.getElementById('import-statut').dataset.kind === 'error'");

        String message = browser.find("#import-statut").getText();
        assertThat(message).contains("refusé", "rien n’a été importé", "Entité n° 2", "T-2");
        assertThat(browser.find("#import-statut").getAttribute("role")).isEqualTo("status");
        assertThat(server.featureCount("/api/layers/places")).isEqualTo(placesBefore);
        assertThat(browser.consoleErrors()).singleElement().asString()
                .contains("/api/imports/places", "status of 400");
        Files.delete(file);
    }

    @Test
    void launchesAPlanThenPinsMovesByHandAndExplains() {
        browser.open("/planification.html");
        browser.find("#plan-semaines option[value='1']").click();
        var seconds = browser.find("#plan-duree");
        seconds.clear();
        seconds.sendKeys("3");
        browser.find("#plan-lancer").click();

        browser.waitUntil("le plan est calculé", Duration.ofSeconds(60),
                "return document.getElementById('plan-statut').dataset.kind === 'ok'"
                        + " && document.querySelectorAll('#calendrier .permanence').length > 0");
        long shown = browser.findAll("#calendrier .permanence").size();
        assertThat(shown).isPositive();
        assertThat(browser.layerCount("permanences")).isPositive();
        assertThat(browser.findAll("#plan-exports a[href$='export.csv']")).hasSize(1);

        // A draft until published to the teams.
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Brouillon");
        browser.find("#plan-publier").click();
        browser.waitUntil("le plan est publié", Duration.ofSeconds(10),
                "return document.getElementById('plan-publication-etat').textContent.startsWith('Publié le')");
        assertThat(browser.find("#plan-publier").isDisplayed()).isFalse();

        browser.find("#calendrier .permanence button.pin").click();
        browser.waitUntil("la permanence est épinglée", Duration.ofSeconds(10),
                "return document.querySelectorAll('#calendrier .permanence.pinned').length === 1");

        // Moved by hand to the Saturday: nobody works on Saturdays in the demo, the page says which rule breaks.
        var moved = browser.findAll("#calendrier .permanence").get(1);
        String movedId = moved.getAttribute("data-permanence-id");
        moved.findElement(org.openqa.selenium.By.cssSelector("button.move")).click();
        browser.js("const d = document.getElementById('deplacer-date');"
                + "const day = new Date(d.value + 'T00:00:00Z'); day.setUTCDate(day.getUTCDate() + (6 - day.getUTCDay()));"
                + "d.value = day.toISOString().substring(0, 10); document.getElementById('deplacer-demi').value = 'AM';");
        browser.find("#deplacer-form button[value='ok']").click();
        browser.waitUntil("les règles enfreintes sont affichées", Duration.ofSeconds(10),
                "return document.getElementById('plan-statut').textContent.includes('Règles enfreintes')");
        assertThat(browser.find("#plan-statut").getText()).contains("indisponible");
        assertThat(browser.findAll("#plan-regles li")).isNotEmpty();
        assertThat(browser.find("#calendrier tbody tr:last-child").getText()).startsWith("samedi");
        assertThat(browser.findAll("#calendrier tbody tr:last-child [data-permanence-id='" + movedId + "']")).hasSize(1);

        browser.find("#plan-expliquer").click();
        browser.waitUntil("l’explication est affichée", Duration.ofSeconds(10),
                "return !document.getElementById('explication-bloc').hidden");
        assertThat(browser.find("#explication").getText()).isNotBlank();

        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("planification-plan");
        assertThat(browser.consoleErrors()).isEmpty();

        // Back to draft, it cannot go out again while the Saturday breaks a hard rule: the page says why.
        browser.find("#plan-retirer").click();
        browser.waitUntil("le plan est en brouillon", Duration.ofSeconds(10),
                "return document.getElementById('plan-publication-etat').textContent.startsWith('Brouillon')");
        browser.find("#plan-publier").click();
        browser.waitUntil("la publication est refusée", Duration.ofSeconds(10),
                "return document.getElementById('plan-statut').dataset.kind === 'error'");
        assertThat(browser.find("#plan-statut").getText()).contains("Publication").contains("règle impérative");
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Brouillon");
        assertThat(browser.consoleErrors()).allSatisfy(line -> assertThat(line).contains("status of 409"));
        assertThat(browser.jsErrors()).isEmpty();
    }

    @Test
    void plansAMaraudeAndDrawsEachTeamsRoute() {
        browser.open("/planification.html");
        var teams = browser.find("#maraude-equipes");
        teams.clear();
        teams.sendKeys("2");
        var seconds = browser.find("#maraude-duree");
        seconds.clear();
        seconds.sendKeys("2");
        browser.find("#maraude-form button[type='submit']").click();
        browser.waitUntil("les tournées sont calculées", Duration.ofSeconds(60),
                "return document.getElementById('maraude-statut').dataset.kind === 'ok'");

        long planId = Long.parseLong((String) browser.js("return localStorage.getItem('allerVers.maraude')"));
        JsonNode plan = server.get("/api/maraude-plans/" + planId);
        int stops = 0;
        for (JsonNode round : plan.get("teams")) {
            stops += round.get("stops").size();
        }
        assertThat(stops).isPositive();
        assertThat(browser.findAll("#maraude-equipes-liste ol.day li")).hasSize(stops);
        // One marker per stop and one line per team with at least one stop.
        assertThat(browser.layerCount("routes")).isGreaterThan(stops);
        assertThat(browser.findAll("#maraude-equipes-liste a[href$='.gpx']")).hasSize(plan.get("teams").size());
        browser.js("document.getElementById('carte').scrollIntoView()");
        browser.screenshot("planification-maraude");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.jsErrors()).isEmpty();
    }
}
