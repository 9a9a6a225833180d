package fr.allervers.web;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/** The planning view in Chromium, on the demo territory. */
@BrowserTest
class PlanningPageTest extends SignedInPage {

    PlanningPageTest() {
        super(Role.COORDINATOR);
    }

    @Test
    void landingPageLeadsToEachView() {
        browser.open("/");
        assertThat(browser.findAll("main a")).extracting(a -> a.getAttribute("pathname"))
                .containsExactly("/planification.html", "/ma-journee.html", "/financeur.html");
        // The shared header, filled by /js/ui/header.js: every view, the user, the logout button.
        assertThat(browser.findAll("header.site nav a")).extracting(a -> a.getAttribute("pathname"))
                .containsExactly("/planification.html", "/ma-journee.html", "/financeur.html");
        assertThat(browser.findAll("header.site nav a[aria-current]")).isEmpty();
        String shown = TestTenants.username(getClass(), Role.COORDINATOR) + " (coordination)";
        browser.await("« " + shown + " » dans l’en-tête", () -> browser.find("#utilisateur").getText().equals(shown));
        assertThat(browser.find("#deconnexion button").isDisplayed()).isTrue();
        assertThat(browser.find("body > a.skip-link").getAttribute("href")).endsWith("#contenu");
        browser.screenshot("accueil");

        browser.find("main a[href='/planification.html']").click();
        browser.waitUntil("la vue de planification est prête", Duration.ofSeconds(30),
                "return location.pathname === '/planification.html'"
                        + " && window.allerVers && window.allerVers.ready === true");
        assertThat(browser.find("header.site nav a[aria-current='page']").getAttribute("pathname"))
                .isEqualTo("/planification.html");
        browser.screenshot("accueil-puis-planification");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void drawsEveryTerritoryLayerAndSwitchesThemOff() {
        browser.open("/planification.html");

        browser.awaitLayer("communes", n -> n == 5, "les cinq communes");
        // No tile URL configured: commune outlines are the base layer and no tile is requested.
        assertThat(browser.js("return window.allerVers.tiles")).isEqualTo(false);
        assertThat(browser.findAll(".leaflet-tile-pane img")).isEmpty();
        for (String layer : new String[] {"qpv", "places", "hotels"}) {
            assertThat(browser.layerCount(layer)).as(layer)
                    .isPositive()
                    .isEqualTo(server.featureCount("/api/layers/" + layer + browser.layerQuery()));
        }
        browser.awaitLayer("heatmap", n -> n > 0, "cellules de la carte de chaleur");
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
        browser.awaitLayer("permanences", n -> n > 0, "permanences du plan sur la carte");
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
        ApiShapes shapes = ApiShapes.read();
        shapes.assertMatches("MaraudePlan", plan);
        shapes.assertMatches("MaraudePlanSummary", server.get("/api/maraude-plans?territoryId=" + server.territoryId()).get(0));
        int stops = 0;
        for (JsonNode round : plan.get("teams")) {
            stops += round.get("stops").size();
        }
        assertThat(stops).isPositive();
        assertThat(browser.findAll("#maraude-equipes-liste ol.day li")).hasSize(stops);
        // One marker per stop and one line per team with at least one stop.
        final int allStops = stops;
        browser.awaitLayer("routes", n -> n > allStops, "un marqueur par arrêt et une ligne par équipe");
        assertThat(browser.findAll("#maraude-equipes-liste a[href$='.gpx']")).hasSize(plan.get("teams").size());
        // Each team under its own name, its stops named and timed as the server sent them.
        var sections = browser.findAll("#maraude-equipes-liste section");
        assertThat(sections).hasSize(plan.get("teams").size());
        for (int t = 0; t < sections.size(); t++) {
            JsonNode round = plan.get("teams").get(t);
            assertThat(sections.get(t).findElement(org.openqa.selenium.By.tagName("h3")).getText())
                    .isEqualTo(round.get("name").asString());
            var items = sections.get(t).findElements(org.openqa.selenium.By.cssSelector("ol.day li"));
            for (int i = 0; i < items.size(); i++) {
                JsonNode stop = round.get("stops").get(i);
                assertThat(items.get(i).getText()).isEqualTo(stop.get("arrival").asString().substring(11, 16) + "–"
                        + stop.get("departure").asString().substring(11, 16) + " " + stop.get("name").asString());
            }
            assertThat(sections.get(t).findElement(org.openqa.selenium.By.cssSelector("a[href$='.gpx']"))
                    .getAttribute("pathname")).isEqualTo("/api/maraude-plans/" + planId + "/teams/"
                    + round.get("team").asString() + ".gpx");
        }
        browser.js("document.getElementById('carte').scrollIntoView()");
        browser.screenshot("planification-maraude");
        browser.js("document.getElementById('maraude-equipes-liste').scrollIntoView()");
        browser.screenshot("planification-maraude-equipes");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.jsErrors()).isEmpty();
    }

    @Test
    void reopensAnyOfTheTerritorysPlansFromTheList() {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate later = monday.plusWeeks(2);
        long draft = launch(monday, monday.plusDays(4));
        long published = launch(later, later.plusDays(4));
        JsonNode draftPlan = solved(draft);
        JsonNode publishedPlan = solved(published);
        ApiShapes shapes = ApiShapes.read();
        shapes.assertMatches("PermanencePlan", draftPlan);
        shapes.assertMatches("PermanencePlanSummary", server.get("/api/permanence-plans?territoryId=" + server.territoryId()).get(0));
        shapes.assertMatches("PlanExplanation", server.get("/api/permanence-plans/" + draft + "/explanation"));
        assertThat(server.put("/api/permanence-plans/" + published + "/publication").get("publishedAt").asString())
                .isNotBlank();

        browser.open("/planification.html");
        browser.waitUntil("les plans existants sont listés", Duration.ofSeconds(10),
                "return document.querySelector('#plan-existants option[value=\"" + published + "\"]') !== null");
        assertThat(option(draft)).startsWith(period(monday, monday.plusDays(4)) + " — brouillon (lancé le ");
        assertThat(option(published)).startsWith(period(later, later.plusDays(4)) + " — publié (lancé le ");
        List<String> values = new ArrayList<>();
        new Select(browser.find("#plan-existants")).getOptions().forEach(o -> values.add(o.getAttribute("value")));
        assertThat(values.indexOf(Long.toString(published))).as("le plus récent d’abord")
                .isLessThan(values.indexOf(Long.toString(draft)));

        choose(draft, draftPlan);
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Brouillon");
        assertThat(browser.js("return new URL(location.href).searchParams.get('plan')")).isEqualTo(Long.toString(draft));

        choose(published, publishedPlan);
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Publié le");
        assertThat(browser.find("#plan-existants").getAttribute("value")).isEqualTo(Long.toString(published));

        // Withdrawn from the panel: the list says so without reloading the page.
        browser.find("#plan-retirer").click();
        browser.waitUntil("la liste montre le retrait", Duration.ofSeconds(10),
                "const o = document.querySelector('#plan-existants option[value=\"" + published + "\"]');"
                        + " return o !== null && o.textContent.includes('— brouillon');");
        assertThat(server.get("/api/permanence-plans/" + published).get("publishedAt").isNull()).isTrue();
        assertThat(browser.find("#plan-existants").getAttribute("value")).isEqualTo(Long.toString(published));
        browser.screenshot("planification-plans-existants");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.jsErrors()).isEmpty();
    }

    /** Picks a plan in « Plans existants » and waits until the calendar holds exactly that plan's permanences. */
    private void choose(long id, JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("permanences").forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).isNotEmpty();
        new Select(browser.find("#plan-existants")).selectByValue(Long.toString(id));
        browser.waitUntil("le calendrier montre le plan " + id, Duration.ofSeconds(20),
                "const shown = [...document.querySelectorAll('#calendrier .permanence')].map(e => e.dataset.permanenceId);"
                        + " return JSON.stringify(shown.sort()) === JSON.stringify(['" + String.join("','", ids)
                        + "'].sort());");
    }

    private String option(long id) {
        return browser.find("#plan-existants option[value='" + id + "']").getText();
    }

    private long launch(LocalDate from, LocalDate to) {
        return server.post("/api/permanence-plans", "{\"territoryId\":" + server.territoryId() + ",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"secondsLimit\":2}").get("id").asLong();
    }

    private JsonNode solved(long id) {
        return server.waitUntilDone("/api/permanence-plans/" + id);
    }

    /** The period as the page writes it: « du 2 au 6 mars 2026 », « du 30 mars au 3 avril 2026 ». */
    private static String period(LocalDate from, LocalDate to) {
        String end = day(to) + " " + to.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + to.getYear();
        if (from.getYear() != to.getYear()) {
            return "du " + day(from) + " " + from.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " "
                    + from.getYear() + " au " + end;
        }
        if (from.getMonth() != to.getMonth()) {
            return "du " + day(from) + " " + from.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " au " + end;
        }
        return "du " + day(from) + " au " + end;
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }
}
