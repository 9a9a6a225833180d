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
        browser.resize(1440, 900);
        try {
            launchPinMoveAndExplain();
        } finally {
            browser.resize(1400, 1000);
        }
    }

    private void launchPinMoveAndExplain() {
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
        long planId = Long.parseLong((String) browser.js("return new URL(location.href).searchParams.get('plan')"));

        // The calendar spans the page and is in view at 1440×900, one row per van or fixed team.
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) browser.js("window.scrollTo(0, 0);"
                + " const r = document.getElementById('calendrier-bloc').getBoundingClientRect();"
                + " const card = document.querySelector('#calendrier .permanence').getBoundingClientRect();"
                + " return [r.width, document.documentElement.clientWidth, card.top, innerHeight];");
        assertThat(box.get(0).doubleValue()).as("largeur du calendrier").isGreaterThan(0.95 * box.get(1).doubleValue());
        assertThat(box.get(2).doubleValue()).as("première permanence au-dessus de la ligne de flottaison")
                .isLessThan(box.get(3).doubleValue());
        assertThat(browser.findAll("#calendrier tbody th.lane")).extracting(e -> e.getText())
                .anyMatch(label -> label.startsWith("Camion") || label.startsWith("Équipe fixe"));
        // The quality in words, not the solver's score string.
        assertThat(browser.find("#plan-qualite .quality-summary").getText()).startsWith("Plan valide");
        assertThat(browser.find("#plan-qualite").getText()).doesNotContain("hard/");
        frenchFormats();

        // A draft until published to the teams.
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Brouillon");
        // Publishing asks first, in the page, with the server's preview of what changes and for whom.
        JsonNode publicationPreview = server.get("/api/permanence-plans/" + planId + "/publication-preview");
        String message = publicationPreview.get("message").asString();
        browser.find("#plan-publier").click();
        browser.waitUntil("la confirmation de publication est affichée", Duration.ofSeconds(10),
                "return !document.getElementById('plan-publier-confirmation').hidden");
        assertThat(browser.find("#plan-publier-confirmation .preview-message").getText().replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo(message.replaceAll("[\u00a0\u202f]", " "));
        for (JsonNode person : publicationPreview.get("people")) {
            assertThat(browser.find("#plan-publier-confirmation .preview-people").getText()).contains(person.get("label").asString());
        }
        assertThat(server.get("/api/permanence-plans/" + planId).get("publishedAt").isNull()).isTrue();
        browser.find("#plan-publier-confirmation .confirm-yes").click();
        browser.waitUntil("le plan est publié", Duration.ofSeconds(10),
                "return document.getElementById('plan-publication-etat').textContent.startsWith('Publié le')");
        assertThat(browser.find("#plan-publier").isDisplayed()).isFalse();
        cancelAndRestore(planId);

        browser.find("#calendrier .permanence button.pin").click();
        browser.waitUntil("la permanence est épinglée", Duration.ofSeconds(10),
                "return document.querySelectorAll('#calendrier .permanence.pinned').length === 1");
        assertThat(browser.find("#calendrier .permanence.pinned").getText()).contains("Épinglée");

        // Dragged to a free half-day that breaks no hard rule: moved at once, as the API then says.
        Drop safe = findDrop(planId, false);
        drag(safe);
        browser.waitUntil("la permanence déplacée par glisser-déposer", Duration.ofSeconds(10),
                "return document.getElementById('calendrier-statut').textContent.startsWith('Permanence déplacée')");
        assertThat(browser.find("#deplacer").getAttribute("open")).isNull();
        JsonNode movedSafely = permanence(planId, safe.permanenceId());
        assertThat(movedSafely.get("date").asString()).isEqualTo(safe.date());
        assertThat(movedSafely.get("halfDay").asString()).isEqualTo(safe.halfDay());

        // The « Déplacer » dialog names the rule a move would break before it is made.
        Drop hard = findDrop(planId, true);
        browser.find("#calendrier .permanence[data-permanence-id='" + hard.permanenceId() + "'] button.move").click();
        browser.js("document.getElementById('deplacer-date').value = arguments[0];"
                + " document.getElementById('deplacer-demi').value = arguments[1];"
                + " document.getElementById('deplacer-demi').dispatchEvent(new Event('change'));", hard.date(), hard.halfDay());
        browser.waitUntil("le dialogue montre la règle enfreinte", Duration.ofSeconds(10),
                "return document.getElementById('deplacer-valider').textContent === 'Déplacer quand même'");
        assertThat(browser.find("#deplacer-alertes").getText()).contains("règle impérative").contains(hard.message());
        browser.find("#deplacer-form button[value='annuler']").click();

        // Dropped where a hard rule breaks: the rules first, and nothing moves unless confirmed.
        JsonNode before = permanence(planId, hard.permanenceId());
        drag(hard);
        browser.waitUntil("la confirmation est demandée", Duration.ofSeconds(10),
                "return document.getElementById('deplacer').open"
                        + " && document.getElementById('deplacer-valider').textContent === 'Déplacer quand même'");
        assertThat(browser.find("#deplacer-alertes").getText()).contains(hard.message());
        browser.find("#deplacer-form button[value='annuler']").click();
        browser.waitUntil("le déplacement est annulé", Duration.ofSeconds(10),
                "return document.getElementById('calendrier-statut').textContent.startsWith('Déplacement annulé')");
        assertThat(permanence(planId, hard.permanenceId()).toString()).isEqualTo(before.toString());

        drag(hard);
        browser.waitUntil("la confirmation est demandée de nouveau", Duration.ofSeconds(10),
                "return document.getElementById('deplacer').open"
                        + " && document.getElementById('deplacer-valider').textContent === 'Déplacer quand même'");
        browser.find("#deplacer-valider").click();
        browser.waitUntil("les règles enfreintes sont affichées", Duration.ofSeconds(10),
                "return document.getElementById('calendrier-statut').textContent.includes('Règles enfreintes')");
        assertThat(permanence(planId, hard.permanenceId()).get("date").asString()).isEqualTo(hard.date());
        assertThat(browser.findAll("#calendrier .slot[data-date='" + hard.date() + "'][data-half-day='" + hard.halfDay()
                + "'] [data-permanence-id='" + hard.permanenceId() + "']")).hasSize(1);
        assertThat(browser.findAll("#plan-regles li")).isNotEmpty();
        browser.waitUntil("le résumé dit la règle impérative enfreinte", Duration.ofSeconds(10),
                "return document.querySelector('#plan-qualite .quality-summary').textContent.includes('impérative')");

        browser.find("#plan-expliquer").click();
        browser.waitUntil("l’explication est affichée", Duration.ofSeconds(10),
                "return !document.getElementById('explication-bloc').hidden");
        assertThat(browser.find("#explication").getText()).isNotBlank();

        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("planification-plan");
        browser.find("#vue-mois").click();
        browser.waitUntil("la vue du mois", Duration.ofSeconds(5),
                "return document.querySelector('#calendrier table.month') !== null");
        assertThat(browser.findAll("#calendrier .permanence")).hasSize((int) shown);
        browser.screenshot("planification-plan-mois");
        browser.find("#vue-semaine").click();
        assertThat(browser.consoleErrors()).isEmpty();

        // Back to draft, it cannot go out again while the move breaks a hard rule: the page says why.
        browser.find("#plan-retirer").click();
        browser.waitUntil("le plan est en brouillon", Duration.ofSeconds(10),
                "return document.getElementById('plan-publication-etat').textContent.startsWith('Brouillon')");
        browser.find("#plan-publier").click();
        browser.waitUntil("la confirmation de publication est affichée", Duration.ofSeconds(10),
                "return !document.getElementById('plan-publier-confirmation').hidden");
        browser.find("#plan-publier-confirmation .confirm-yes").click();
        browser.waitUntil("la publication est refusée", Duration.ofSeconds(10),
                "return document.getElementById('plan-statut').dataset.kind === 'error'");
        assertThat(browser.find("#plan-statut").getText()).contains("Publication").contains("règle impérative");
        assertThat(browser.find("#plan-publication-etat").getText()).startsWith("Brouillon");
        assertThat(browser.consoleErrors()).allSatisfy(line -> assertThat(line).contains("status of 409"));
        assertThat(browser.jsErrors()).isEmpty();
    }

    /** « Annuler… » on a card: reason and comment in the card's own panel, then « Rétablir »; the API says the same. */
    private void cancelAndRestore(long planId) {
        String id = browser.find("#calendrier .permanence").getAttribute("data-permanence-id");
        String card = "#calendrier .permanence[data-permanence-id='" + id + "']";
        browser.find(card + " button.cancel").click();
        browser.waitUntil("le panneau d’annulation est ouvert", Duration.ofSeconds(5),
                "return document.querySelector(arguments[0] + ' .cancel-panel') !== null", card);
        assertThat(browser.findAll(card + " .cancel-reason option")).extracting(e -> e.getText())
                .contains("Marché annulé", "Place occupée", "Météo");
        browser.js("document.querySelector(arguments[0] + ' .cancel-reason').value = 'METEO'", card);
        browser.find(card + " .cancel-comment").sendKeys("Tempête annoncée");
        browser.find(card + " .confirm-cancel").click();
        browser.waitUntil("la permanence est annulée", Duration.ofSeconds(10),
                "const c = document.querySelector(arguments[0]); return c !== null && c.classList.contains('cancelled')"
                        + " && c.querySelector('.cancel-panel') === null", card);
        assertThat(browser.find(card + " .cancellation-text").getText()).startsWith("Annulée — météo").contains("Tempête annoncée");
        JsonNode cancelled = permanence(planId, id);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asString()).isEqualTo("METEO");
        assertThat(cancelled.get("cancellation").get("comment").asString()).isEqualTo("Tempête annoncée");

        browser.find(card + " button.restore").click();
        browser.waitUntil("la permanence est rétablie", Duration.ofSeconds(10),
                "const c = document.querySelector(arguments[0]); return c !== null && !c.classList.contains('cancelled')", card);
        assertThat(permanence(planId, id).get("status").asString()).isEqualTo("PLANNED");
        assertThat(browser.find("#calendrier-statut").getText()).startsWith("Permanence rétablie");
    }

    /** format.js, the one module that writes dates, numbers and French spacing for every page. */
    private void frenchFormats() {
        @SuppressWarnings("unchecked")
        List<String> written = (List<String>) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; import('/js/format.js').then((f) => done(["
                        + " f.longDate('2026-12-01'), f.km(41300), f.frenchSpacing('Ouverture : oui ; non ? « Lieu »'),"
                        + " f.halfDaysInWords('TUE-PM,FRI-AM'),"
                        + " f.halfDaysInWords('MON-AM,MON-PM,TUE-AM,TUE-PM,WED-AM,WED-PM,THU-AM,THU-PM,FRI-AM,FRI-PM'),"
                        + " f.decimal(1250.5, 1), f.period('2026-12-01', '2026-12-04')]));");
        assertThat(written).containsExactly("mardi 1er décembre", "41,3\u00a0km",
                "Ouverture\u00a0: oui\u202f; non\u202f? «\u00a0Lieu\u00a0»", "mardi après-midi, vendredi matin",
                "du lundi au vendredi", "1\u202f250,5", "du 1er au 4 décembre 2026");
        // Place popups say their opening in words, not the server's codes.
        assertThat((String) browser.js("return [...window.allerVers.layers.places.byId.values()]"
                + ".map((m) => m.getPopup().getContent()).join(' ');"))
                .contains("Ouverture\u00a0: mardi matin, jeudi").doesNotContain("TUE-");
    }

    /** A permanence card, and a free half-day of its row to drop it on (found through the move preview). */
    private record Drop(String permanenceId, String date, String halfDay, String lane, String message) {
    }

    private Drop findDrop(long planId, boolean breaksAHardRule) {
        JsonNode plan = server.get("/api/permanence-plans/" + planId);
        LocalDate from = LocalDate.parse(plan.get("from").asString());
        for (JsonNode p : plan.get("permanences")) {
            String id = p.get("id").asString();
            boolean van = !p.get("vanId").isNull();
            String lane = van ? "van-" + p.get("vanId").asString() : "fixe-1";
            for (int day = 0; day < 5; day++) {
                String date = from.plusDays(day).toString();
                for (String half : List.of("AM", "PM")) {
                    boolean taken = false;
                    for (JsonNode other : plan.get("permanences")) {
                        taken |= other.get("date").asString().equals(date) && other.get("halfDay").asString().equals(half)
                                && (other.get("id").asString().equals(id)
                                || (van && other.get("vanId").asString().equals(p.get("vanId").asString())));
                    }
                    if (taken || browser.findAll(slot(lane, date, half)).isEmpty()) {
                        continue;
                    }
                    JsonNode preview = server.post("/api/permanence-plans/" + planId + "/permanences/" + id
                            + "/move-preview", "{\"date\":\"" + date + "\",\"halfDay\":\"" + half + "\"}");
                    if (preview.has("hardRulesIntroduced")
                            && preview.get("hardRulesIntroduced").asBoolean() == breaksAHardRule) {
                        ApiShapes.read().assertMatches("MovePreview", preview);
                        String message = breaksAHardRule ? preview.get("introduced").get(0).get("message").asString() : "";
                        return new Drop(id, date, half, lane, message);
                    }
                }
            }
        }
        throw new AssertionError("aucune demi-journée libre " + (breaksAHardRule ? "qui enfreint" : "sans")
                + " règle impérative dans " + plan);
    }

    private static String slot(String lane, String date, String half) {
        return "#calendrier .slot[data-lane='" + lane + "'][data-date='" + date + "'][data-half-day='" + half + "']";
    }

    /** HTML5 drag and drop as the browser fires it (Selenium's own drag does not fire these events). */
    private void drag(Drop drop) {
        browser.js("const card = arguments[0], target = arguments[1]; const data = new DataTransfer();"
                + " const fire = (el, type) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true,"
                + " dataTransfer: data }));"
                + " fire(card, 'dragstart'); fire(target, 'dragenter'); fire(target, 'dragover'); fire(target, 'drop');"
                + " fire(card, 'dragend');",
                browser.find("#calendrier .permanence[data-permanence-id='" + drop.permanenceId() + "']"),
                browser.find(slot(drop.lane(), drop.date(), drop.halfDay())));
    }

    private JsonNode permanence(long planId, String id) {
        for (JsonNode p : server.get("/api/permanence-plans/" + planId).get("permanences")) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("permanence " + id + " absente du plan " + planId);
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
        // Team 1 names two of the consortium's people: ticked there, they are greyed out in team 2.
        JsonNode staff = server.get("/api/staff");
        assertThat(staff.size()).isGreaterThanOrEqualTo(2);
        long first = staff.get(0).get("id").asLong();
        long second = staff.get(1).get("id").asLong();
        String pick = "#maraude-membres-equipes input[data-team='%d'][value='%d']";
        browser.waitUntil("une liste de personnes par équipe", Duration.ofSeconds(10),
                "return document.querySelectorAll('#maraude-membres-equipes fieldset').length === 2"
                        + " && document.querySelector(arguments[0]) !== null", pick.formatted(0, second));
        browser.find(pick.formatted(0, first)).click();
        browser.find(pick.formatted(0, second)).click();
        browser.waitUntil("les membres de l'équipe 1 sont grisés dans l'équipe 2", Duration.ofSeconds(5),
                "return document.querySelector(arguments[0]).disabled && document.querySelector(arguments[1]).disabled",
                pick.formatted(1, first), pick.formatted(1, second));
        browser.find("#maraude-form button[type='submit']").click();
        browser.waitUntil("les tournées sont calculées", Duration.ofSeconds(60),
                "return document.getElementById('maraude-statut').dataset.kind === 'ok'");

        long planId = Long.parseLong((String) browser.js("return localStorage.getItem('allerVers.maraude')"));
        JsonNode plan = server.get("/api/maraude-plans/" + planId);
        JsonNode named = plan.get("teams").get(0);
        assertThat(named.get("team").asString()).isEqualTo("equipe-1");
        assertThat(named.get("members")).extracting(m -> m.get("staffId").asLong()).containsExactly(first, second);
        assertThat(plan.get("teams").get(1).get("members")).isEmpty();
        // The page names them with their professions, and shows the lunch break when the round takes one.
        String lunch = named.get("lunchBreak").isNull() ? ""
                : "Pause déjeuner " + named.get("lunchBreak").get("start").asString().substring(11, 16).replace(":", " h ")
                        + " – " + named.get("lunchBreak").get("end").asString().substring(11, 16).replace(":", " h ");
        browser.waitUntil("l'équipe 1 montre ses membres et sa pause", Duration.ofSeconds(10),
                "const s = document.querySelector('#maraude-equipes-liste section');"
                        + " const text = s ? s.textContent.replace(/\\u00a0/g, ' ') : '';"
                        + " return text.includes('Équipe : ' + arguments[0] + ' (' + arguments[1] + '), ' + arguments[2])"
                        + " && text.includes(arguments[3]);",
                staff.get(0).get("label").asString(), named.get("members").get(0).get("profession").asString(),
                staff.get(1).get("label").asString(), lunch);
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
                // Then, when the team waits before the visit, « — attente n minutes ».
                assertThat(items.get(i).getText()).startsWith(stop.get("arrival").asString().substring(11, 16) + "–"
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

        // Saved: after a reload the plan is in the address and in « Plans existants », and is drawn again.
        assertThat(browser.js("return new URL(location.href).searchParams.get('maraude')")).isEqualTo(Long.toString(planId));
        browser.driver().navigate().refresh();
        String option = "#plan-existants option[value='maraude:" + planId + "']";
        browser.waitUntil("le plan de maraude est listé et rouvert", Duration.ofSeconds(20),
                "const o = document.querySelector(\"" + option + "\"); return o !== null && o.selected"
                        + " && document.querySelectorAll('#maraude-equipes-liste section').length === " + sections.size());
        assertThat(browser.find(option).getText()).startsWith("Maraude ").contains("— brouillon · 2 équipes (Équipe 1, Équipe 2)");
        assertThat(browser.findAll("#maraude-equipes-liste ol.day li")).hasSize(stops);
        browser.awaitLayer("routes", n -> n > allStops, "les tournées redessinées");

        // Published to the teams from the panel: the list says so.
        assertThat(browser.find("#maraude-publication-etat").getText()).startsWith("Brouillon");
        browser.find("#maraude-publier").click();
        browser.waitUntil("la liste montre la publication", Duration.ofSeconds(10),
                "const o = document.querySelector(\"" + option + "\"); return o !== null && o.textContent.includes('— publiée');");
        assertThat(browser.find("#maraude-publication-etat").getText()).startsWith("Publié le");
        JsonNode published = server.get("/api/maraude-plans/" + planId);
        assertThat(published.get("publishedAt").asString()).isNotBlank();
        shapes.assertMatches("MaraudePlan", published);
        shapes.assertMatches("MaraudePlanSummary", server.get("/api/maraude-plans?territoryId=" + server.territoryId()).get(0));
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
