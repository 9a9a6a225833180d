package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import fr.allervers.commandline.CommandLineDatabase;
import fr.allervers.commandline.PackagedJar;
import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;

/**
 * A real consortium's first week, as the README's « Start for real » tells it, on an empty PostgreSQL with the demo
 * off: the first admin made by the packaged jar's command line; then, in Chromium against the packaged jar running as
 * the service, the department's communes and QPV imported from « Premiers pas », two organisations, a territory of the
 * five Portes du Sud communes and a coordinator's account; the coordinator adds three places by clicking the map, four
 * people and a van; the admin gives one of those people a field account; the coordinator plans four weeks (no hard
 * rule broken) and publishes; the field account finds its day on a browser of its own; the admin disables it, and
 * that open session and HTTP Basic are refused at once. Each step is checked against the API.
 */
class FirstWeekIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONSORTIUM = "Consortium Portes du Sud";
    private static final String ADMIN = "premiere.admin";
    private static final String ADMIN_PASSWORD = "ciel-de-traboule-7";
    /** The names the admin types, and the consortium's code that then ends them ("Consortium Portes du Sud"). */
    private static final String COORDINATOR = "coordination.psud@portes-du-sud";
    private static final String FIELD = "terrain.psud@portes-du-sud";
    private static final String PASSWORD = "vent-du-rhone-2026";
    private static final String[] COMMUNES = {"69259", "69199", "69276", "69273", "69296"};
    /** Real public squares (geodata/demo/places.csv): Vénissieux, Saint-Fons, Feyzin. */
    private static final Object[][] PLACES = {
            {"Place Léon-Sublet", 4.8867, 45.6978, "69259"},
            {"Place Roger-Salengro", 4.8539, 45.7094, "69199"},
            {"Place Louis-Grenier", 4.8594, 45.6736, "69276"}};
    /** Two binômes: a social worker and an employment counsellor in each organisation. */
    private static final String[][] PEOPLE = {
            {"AS Alpha", "SOCIAL_WORKER", "Association Alpha"},
            {"CIP Alpha", "EMPLOYMENT_COUNSELLOR", "Association Alpha"},
            {"AS Bêta", "SOCIAL_WORKER", "Association Bêta"},
            {"CIP Bêta", "EMPLOYMENT_COUNSELLOR", "Association Bêta"}};

    @Test
    void aConsortiumGoesFromAnEmptyPostgresqlToAPublishedPlanItsFieldTeamReads() throws Exception {
        Path communes = SharedGeodata.file("communes/communes-69-rhone.geojson").toAbsolutePath();
        Path qpv = SharedGeodata.file("qpv/qpv2024-69.geojson").toAbsolutePath();
        try (CommandLineDatabase database = CommandLineDatabase.emptyPostgres()) {
            Path work = Files.createTempDirectory("premiere-semaine");
            PackagedJar jar = new PackagedJar(work, database.environment(), database.arguments());

            // Day 1: the first admin, from the command line, with the password on standard input.
            PackagedJar.Result created = jar.run(Map.of(), ADMIN_PASSWORD + "\n", "create-user", ADMIN, "ADMIN",
                    "--consortium=" + CONSORTIUM, "--password-stdin");
            assertThat(created.exitCode()).as(created.toString()).isZero();

            try (PackagedJar.Server server = jar.startServer(); Browser browser = new Browser(server.port())) {
                ServerApi asAdmin = new ServerApi(server.port(), ADMIN, ADMIN_PASSWORD);
                assertThat(asAdmin.get("/api/territories")).as("an empty deployment: no demo").isEmpty();

                browser.signIn(ADMIN, ADMIN_PASSWORD);
                waitForPage(browser, "/premiers-pas.html");
                importFile(browser, "import-communes", communes);
                importFile(browser, "import-qpv", qpv);
                assertThat(asAdmin.get("/api/layers/qpv").get("features").size()).isEqualTo(48);

                administration(browser, asAdmin);
                long territory = asAdmin.get("/api/territories").get(0).get("id").asLong();
                browser.open("/administration.html");
                account(browser, COORDINATOR, "COORDINATOR", "Association Alpha", null);

                // The coordinator enters the territory: places by clicking the map, people and a van in forms.
                browser.signIn(COORDINATOR, PASSWORD);
                ServerApi asCoordinator = new ServerApi(server.port(), COORDINATOR, PASSWORD);
                territoryEditor(browser, asCoordinator);

                // The admin gives the field worker « AS Bêta » an account of their own.
                browser.signIn(ADMIN, ADMIN_PASSWORD);
                browser.open("/administration.html");
                account(browser, FIELD, "FIELD", "Association Bêta", "AS Bêta");
                assertThat(asAdmin.get("/api/users").valueStream().map(u -> u.get("username").asString()))
                        .containsExactlyInAnyOrder(ADMIN, COORDINATOR, FIELD);

                // The coordinator plans four weeks from next Monday and publishes.
                browser.signIn(COORDINATOR, PASSWORD);
                browser.open("/planification.html");
                LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
                setValue(browser, "plan-debut", monday.toString());
                new Select(browser.find("#plan-semaines")).selectByValue("4");
                setValue(browser, "plan-duree", "10");
                browser.find("#plan-lancer").click();
                browser.waitUntil("le plan est calculé", Duration.ofMinutes(2),
                        "return document.getElementById('plan-statut').dataset.kind === 'ok'"
                                + " && !document.getElementById('plan-publication').hidden");
                long planId = asCoordinator.get("/api/permanence-plans?territoryId=" + territory).get(0).get("id")
                        .asLong();
                JsonNode plan = asCoordinator.waitUntilDone("/api/permanence-plans/" + planId);
                assertThat(plan.get("score").asString()).as("no hard rule broken").startsWith("0hard");
                assertThat(plan.get("permanences").size()).isPositive();
                browser.find("#plan-publier").click();
                // Publishing asks first, in the page, with what changes and who is affected.
                browser.waitUntil("la confirmation de la publication", WAIT,
                        "return !document.getElementById('plan-publier-confirmation').hidden");
                browser.find("#plan-publier-confirmation .confirm-yes").click();
                browser.waitUntil("le plan est publié", WAIT,
                        "return document.getElementById('plan-publication-etat').textContent.startsWith('Publié')");

                // The field worker, on their own browser, finds their day: the first permanence of their person.
                ServerApi asField = new ServerApi(server.port(), FIELD, PASSWORD);
                long staffId = asField.get("/api/me").get("staffId").asLong();
                JsonNode mine = plan.get("permanences").valueStream()
                        .filter(p -> p.get("staff").valueStream().anyMatch(s -> s.get("id").asLong() == staffId))
                        .findFirst().orElseThrow(() -> new AssertionError("no permanence for the field account"));
                try (Browser phone = new Browser(server.port())) {
                    phone.signIn(FIELD, PASSWORD);
                    phone.open("/ma-journee.html");
                    setValue(phone, "journee-date", mine.get("date").asString());
                    phone.waitUntil("la permanence du " + mine.get("date").asString() + " est listée", WAIT,
                            "return document.getElementById('journee-liste').textContent.includes(arguments[0])",
                            mine.get("placeName").asString());

                    // The admin disables the field account: its open session is refused at once, and so is Basic.
                    browser.signIn(ADMIN, ADMIN_PASSWORD);
                    browser.open("/administration.html");
                    String row = "#comptes-table tr[data-username='" + FIELD + "']";
                    browser.waitUntil("le compte de terrain est listé", WAIT,
                            "return document.querySelector(\"" + row + " button.enable\") !== null");
                    browser.find(row + " button.enable").click();
                    browser.waitUntil("le compte de terrain est désactivé", WAIT,
                            "const s = document.querySelector(\"" + row + " td.state\");"
                                    + " return s !== null && s.dataset.enabled === 'false'");
                    Object sessionStatus = phone.js("const r = new XMLHttpRequest(); r.open('GET', '/api/me', false);"
                            + " r.send(); return r.status;");
                    assertThat(((Number) sessionStatus).intValue()).as("the phone's open session").isEqualTo(401);
                    assertThat(asField.status("/api/me")).as("HTTP Basic").isEqualTo(401);
                }
                assertThat(browser.consoleErrors()).isEmpty();
            }
        }
    }

    /** Two organisations and the territory of the five communes, its INSEE codes pasted. */
    private static void administration(Browser browser, ServerApi asAdmin) {
        browser.open("/administration.html");
        for (String organisation : List.of("Association Alpha", "Association Bêta")) {
            browser.find("#organisation-nom").sendKeys(organisation);
            browser.find("#organisation-ajouter").click();
            browser.waitUntil("l’organisation « " + organisation + " » est listée", WAIT,
                    "return [...document.querySelectorAll('#organisations-table th')]"
                            + ".some(th => th.textContent === arguments[0])", organisation);
        }
        browser.find("#territoire-nom").sendKeys("Portes du Sud");
        browser.find("#territoire-codes").sendKeys(String.join(" ", COMMUNES));
        browser.find("#territoire-codes-ajouter").click();
        browser.waitUntil("cinq communes choisies", WAIT,
                "return document.getElementById('territoire-compte').dataset.count === '5'");
        browser.find("#territoire-enregistrer").click();
        browser.waitUntil("le territoire est enregistré", WAIT,
                "return document.getElementById('territoires-statut').dataset.kind === 'ok'");
        JsonNode territories = asAdmin.get("/api/territories");
        assertThat(territories).hasSize(1);
        assertThat(territories.get(0).get("communes").valueStream().map(c -> c.get("insee").asString()))
                .containsExactlyInAnyOrder(COMMUNES);
    }

    /** Three places by clicking the map, four people and a van in the editor's forms. */
    private static void territoryEditor(Browser browser, ServerApi asCoordinator) {
        browser.open("/planification.html");
        browser.waitUntil("le bouton « Éditer le territoire » est là", WAIT,
                "return document.getElementById('editeur-mode') !== null");
        browser.find("#editeur-mode").click();
        browser.waitUntil("le mode édition est actif", WAIT,
                "return document.getElementById('carte').classList.contains('editing')");
        for (Object[] place : PLACES) {
            clickMapAt(browser, (double) place[1], (double) place[2]);
            openForm(browser, "Nouveau lieu de permanence");
            browser.find("#champ-name").sendKeys((String) place[0]);
            submitForm(browser, "ajouté");
        }
        JsonNode places = asCoordinator.get("/api/places");
        assertThat(places.valueStream().map(p -> p.get("name").asString() + " " + p.get("communeInsee").asString()))
                .containsExactlyInAnyOrder(PLACES[0][0] + " " + PLACES[0][3], PLACES[1][0] + " " + PLACES[1][3],
                        PLACES[2][0] + " " + PLACES[2][3]);

        for (String[] person : PEOPLE) {
            addFromList(browser, "professionnels", "Nouveau professionnel");
            browser.find("#champ-label").sendKeys(person[0]);
            new Select(browser.find("#champ-role")).selectByValue(person[1]);
            new Select(browser.find("#champ-organisationId")).selectByVisibleText(person[2]);
            submitForm(browser, "ajouté");
        }
        assertThat(asCoordinator.get("/api/staff")).hasSize(PEOPLE.length);

        addFromList(browser, "camions", "Nouveau camion");
        browser.find("#champ-label").sendKeys("Camion Pic Up");
        new Select(browser.find("#champ-basePlaceId")).selectByVisibleText((String) PLACES[0][0]);
        submitForm(browser, "ajouté");
        assertThat(asCoordinator.get("/api/vans")).hasSize(1);
    }

    /** An account of the admin's consortium with its own first password (not a temporary one). */
    private static void account(Browser browser, String username, String role, String organisation, String person) {
        browser.find("#compte-identifiant").sendKeys(username.substring(0, username.indexOf('@')));
        new Select(browser.find("#compte-role")).selectByValue(role);
        new Select(browser.find("#compte-organisation")).selectByValue(organisation);
        if (person != null) {
            browser.waitUntil("« " + person + " » est proposé", WAIT, "return [...document.querySelectorAll("
                    + "'#compte-professionnel option')].some(o => o.textContent.startsWith(arguments[0]))", person);
            WebElement option = browser.findAll("#compte-professionnel option").stream()
                    .filter(o -> o.getText().startsWith(person)).findFirst().orElseThrow();
            new Select(browser.find("#compte-professionnel")).selectByValue(option.getAttribute("value"));
        }
        browser.find("#compte-mot-de-passe").sendKeys(PASSWORD);
        if (browser.find("#compte-provisoire").isSelected()) {
            browser.find("#compte-provisoire").click();
        }
        browser.find("#compte-creer").click();
        browser.waitUntil("le compte « " + username + " » est listé", WAIT,
                "return document.querySelector(\"#comptes-table tr[data-username='" + username + "']\") !== null");
    }

    private static void importFile(Browser browser, String form, Path file) {
        browser.find("#" + form + "-fichier").sendKeys(file.toString());
        browser.find("#" + form + " button[type='submit']").click();
        browser.waitUntil("import de " + file.getFileName() + " réussi", Duration.ofMinutes(2),
                "const s = document.querySelector('#" + form + " .status');"
                        + " if (s.dataset.kind === 'error') throw new Error(s.textContent);"
                        + " return s.dataset.kind === 'ok';");
    }

    private static void addFromList(Browser browser, String section, String title) {
        browser.js("document.getElementById('editeur-' + arguments[0]).open = true;", section);
        browser.findAll("#editeur-" + section + " summary button, #editeur-" + section + " button").stream()
                .filter(b -> b.getText().startsWith("Ajouter")).findFirst().orElseThrow().click();
        openForm(browser, title);
    }

    private static void openForm(Browser browser, String title) {
        browser.waitUntil("le formulaire « " + title + " » est ouvert", WAIT,
                "const d = document.getElementById('editeur-formulaire');"
                        + " return Boolean(d && d.open) && document.getElementById('editeur-formulaire-titre')"
                        + ".textContent === arguments[0];", title);
    }

    private static void submitForm(Browser browser, String word) {
        browser.js("document.getElementById('editeur-statut').textContent = '';");
        browser.find("#editeur-formulaire button[type='submit']").click();
        browser.waitUntil("l’éditeur dit « " + word + " »", WAIT,
                "const s = document.getElementById('editeur-statut');"
                        + " return !s.hidden && s.dataset.kind === 'ok' && s.textContent.includes(arguments[0])"
                        + " && !document.getElementById('editeur-formulaire').open;", word);
    }

    private static void clickMapAt(Browser browser, double lon, double lat) {
        Map<?, ?> point = (Map<?, ?>) browser.js("const m = window.allerVers.map; const s = m.getSize();"
                + " const p = m.latLngToContainerPoint([arguments[0], arguments[1]]);"
                + " return {x: Math.round(p.x - s.x / 2), y: Math.round(p.y - s.y / 2)};", lat, lon);
        new Actions(browser.driver()).moveToElement(browser.find("#carte"), ((Number) point.get("x")).intValue(),
                ((Number) point.get("y")).intValue()).click().perform();
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change'));", id, value);
    }

    private static void waitForPage(Browser browser, String path) {
        browser.waitUntil("la page « " + path + " » est prête", WAIT, "return location.pathname === '" + path
                + "' && window.allerVers && window.allerVers.ready === true");
    }
}
