package fr.allervers.web;

import fr.allervers.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * The planning page's « Équipes et communes » panel in Chromium: absences of staff, unavailability of vans and
 * monthly targets per commune, each checked against the API after the UI action. The dates are fixed ones in 2030,
 * so that the French dates shown can be written out; everything created is removed again.
 */
@BrowserTest
class TeamPanelsPageTest extends SignedInPage {

    TeamPanelsPageTest() {
        super(Role.COORDINATOR);
    }

    @Test
    void declaresListsAndRemovesAStaffAbsence() {
        long staffId = idOfRef("/api/staff", "TS-2");
        String absences = "/api/staff/" + staffId + "/absences";
        openAbsences();
        try {
            new Select(browser.find("#absence-qui")).selectByValue("staff:" + staffId);
            setValue("absence-debut", "2030-03-11");
            setValue("absence-fin", "2030-03-13");
            browser.find("#absence-apres-midi").click();
            browser.find("#absence-matin").click();
            new Select(browser.find("#absence-motif")).selectByValue("TRAINING");
            browser.find("#absence-declarer").click();
            browser.waitUntil("l’absence est déclarée", Duration.ofSeconds(10),
                    "return document.getElementById('absences-statut').dataset.kind === 'ok'");

            JsonNode created = single(server.get(absences), "2030-03-11");
            assertThat(created.get("to").asString()).isEqualTo("2030-03-13");
            assertThat(created.get("fromHalfDay").asString()).isEqualTo("PM");
            assertThat(created.get("toHalfDay").asString()).isEqualTo("AM");
            assertThat(created.get("reason").asString()).isEqualTo("TRAINING");
            long id = created.get("id").asLong();

            String item = "#absences-liste li[data-absence-id='" + id + "']";
            browser.waitUntil("l’absence est listée", Duration.ofSeconds(10),
                    "return document.querySelector(\"" + item + "\") !== null");
            assertThat(browser.find(item).getText())
                    .contains("11 mars 2030 après-midi", "13 mars 2030 matin", "formation");
            assertThat(browser.find("#absences-statut").getText()).contains("Travailleur social B");
            assertThat(browser.find("#absences-conseil").isDisplayed()).isTrue();
            assertThat(browser.find("#absences-conseil").getText()).contains("« Recalculer »");
            // The form keeps its values after a declaration.
            assertThat(browser.find("#absence-debut").getAttribute("value")).isEqualTo("2030-03-11");

            browser.find(item + " button").click();
            browser.waitUntil("l’absence n’est plus listée", Duration.ofSeconds(10),
                    "return document.querySelector(\"" + item + "\") === null");
            assertThat(server.get(absences).valueStream().map(a -> a.get("id").asLong())).doesNotContain(id);
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            removeAll(absences, "2030-03-11");
        }
    }

    @Test
    void declaresAVanUnavailability() {
        long vanId = idOfRef("/api/vans", "VAN-1");
        String unavailability = "/api/vans/" + vanId + "/unavailability";
        openAbsences();
        try {
            new Select(browser.find("#absence-qui")).selectByValue("van:" + vanId);
            // Van reasons replace the staff ones.
            assertThat(new Select(browser.find("#absence-motif")).getOptions()).extracting(WebElement::getText)
                    .containsExactly("Panne", "Entretien", "Autre");
            setValue("absence-debut", "2030-04-02");
            setValue("absence-fin", "2030-04-03");
            new Select(browser.find("#absence-motif")).selectByValue("BREAKDOWN");
            browser.find("#absence-declarer").click();
            browser.waitUntil("l’indisponibilité est déclarée", Duration.ofSeconds(10),
                    "return document.getElementById('absences-statut').dataset.kind === 'ok'");

            JsonNode created = single(server.get(unavailability), "2030-04-02");
            assertThat(created.get("to").asString()).isEqualTo("2030-04-03");
            assertThat(created.get("reason").asString()).isEqualTo("BREAKDOWN");
            assertThat(created.get("fromHalfDay").isNull()).as("journée entière").isTrue();
            assertThat(created.get("toHalfDay").isNull()).as("journée entière").isTrue();
            browser.waitUntil("l’indisponibilité est listée", Duration.ofSeconds(10),
                    "return document.querySelector(\"#absences-liste li[data-absence-id='"
                            + created.get("id").asLong() + "']\") !== null");
            assertThat(browser.find("#absences-liste").getText()).contains("2 avr. 2030", "3 avr. 2030", "panne");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            removeAll(unavailability, "2030-04-02");
        }
    }

    @Test
    void showsWhyAnAbsenceIsRefusedAndKeepsTheForm() {
        long staffId = idOfRef("/api/staff", "TS-3");
        String absences = "/api/staff/" + staffId + "/absences";
        openAbsences();
        try {
            new Select(browser.find("#absence-qui")).selectByValue("staff:" + staffId);
            setValue("absence-debut", "2030-05-12");
            setValue("absence-fin", "2030-05-10");
            new Select(browser.find("#absence-motif")).selectByValue("HOLIDAY");
            browser.find("#absence-declarer").click();
            browser.waitUntil("le refus est affiché", Duration.ofSeconds(10),
                    "return document.getElementById('absences-statut').dataset.kind === 'error'");

            assertThat(browser.find("#absences-statut").getText())
                    .contains("la date de début (2030-05-12) est après la date de fin (2030-05-10)");
            assertThat(browser.find("#absences-conseil").isDisplayed()).isFalse();
            assertThat(browser.find("#absence-debut").getAttribute("value")).isEqualTo("2030-05-12");
            assertThat(browser.find("#absence-fin").getAttribute("value")).isEqualTo("2030-05-10");
            assertThat(new Select(browser.find("#absence-motif")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("HOLIDAY");
            assertThat(server.get(absences).valueStream().map(a -> a.get("from").asString()))
                    .doesNotContain("2030-05-12");
            assertThat(browser.consoleErrors()).singleElement().asString()
                    .contains(absences, "status of 400");
        } finally {
            removeAll(absences, "2030-05-12");
        }
    }

    @Test
    void setsACommunesTargetsRefusesMinAboveMaxAndGoesBackToDefaults() {
        JsonNode territory = demoTerritory();
        long territoryId = territory.get("id").asLong();
        String insee = territory.get("communes").get(0).get("insee").asString();
        String targets = "/api/territories/" + territoryId + "/communes/" + insee + "/targets";
        JsonNode before = server.get(targets);
        String row = "#objectifs-table tr[data-insee='" + insee + "']";

        browser.open("/planification.html?territoire=" + territoryId);
        browser.find("#objectifs summary").click();
        browser.waitUntil("les objectifs sont lus", Duration.ofSeconds(10),
                "return document.querySelector(\"" + row + "\") !== null");
        try {
            type(row, "min", "1");
            type(row, "max", "3");
            type(row, "ecart", "9");
            browser.find(row + " button:not(.secondary)").click();
            browser.waitUntil("les objectifs sont enregistrés", Duration.ofSeconds(10),
                    "return document.getElementById('objectifs-statut').dataset.kind === 'ok'");
            JsonNode stored = server.get(targets);
            assertThat(stored.get("minPerMonth").asInt()).isEqualTo(1);
            assertThat(stored.get("maxPerMonth").asInt()).isEqualTo(3);
            assertThat(stored.get("minSpacingDays").asInt()).isEqualTo(9);
            assertThat(stored.get("custom").asBoolean()).isTrue();
            assertThat(browser.find(row + " .marker").getText()).isEqualTo("personnalisé");
            assertThat(browser.find(row + " button.secondary").isDisplayed()).isTrue();

            // Minimum above maximum: the server's French reason, the typed values kept, nothing stored.
            type(row, "min", "5");
            type(row, "max", "2");
            browser.find(row + " button:not(.secondary)").click();
            browser.waitUntil("le refus est affiché", Duration.ofSeconds(10),
                    "return document.getElementById('objectifs-statut').dataset.kind === 'error'");
            assertThat(browser.find("#objectifs-statut").getText())
                    .contains(stored.get("communeName").asString(), "le minimum par mois (5) dépasse le maximum (2)");
            assertThat(input(row, "min").getAttribute("value")).isEqualTo("5");
            assertThat(input(row, "max").getAttribute("value")).isEqualTo("2");
            assertThat(server.get(targets).get("maxPerMonth").asInt()).isEqualTo(3);

            browser.js("document.getElementById('titre-equipes').scrollIntoView()");
            browser.find("#absences summary").click();
            browser.waitUntil("les absences sont lues", Duration.ofSeconds(10),
                    "return document.querySelectorAll('#absences-liste li').length > 0");
            browser.screenshot("planification-equipes");
            browser.resize(390, 844);
            browser.js("document.getElementById('titre-equipes').scrollIntoView()");
            browser.screenshot("planification-equipes-telephone");
            browser.js("document.getElementById('objectifs-table').scrollIntoView()");
            browser.screenshot("planification-objectifs-telephone");
            browser.resize(1400, 1000);

            browser.find(row + " button.secondary").click();
            browser.waitUntil("la commune revient aux valeurs par défaut", Duration.ofSeconds(10),
                    "return document.querySelector(\"" + row + " .marker\").textContent === 'par défaut'");
            JsonNode defaults = server.get(targets);
            assertThat(defaults.get("custom").asBoolean()).isFalse();
            assertThat(input(row, "min").getAttribute("value")).isEqualTo(defaults.get("minPerMonth").asString());
            assertThat(input(row, "max").getAttribute("value")).isEqualTo(defaults.get("maxPerMonth").asString());
            assertThat(browser.find(row + " button.secondary").isDisplayed()).isFalse();
            assertThat(browser.consoleErrors()).singleElement().asString().contains(targets, "status of 400");
        } finally {
            browser.resize(1400, 1000);
            if (before.get("custom").asBoolean()) {
                server.put(targets, "{\"minPerMonth\":" + before.get("minPerMonth").asInt() + ",\"maxPerMonth\":"
                        + before.get("maxPerMonth").asInt() + ",\"minSpacingDays\":"
                        + before.get("minSpacingDays").asInt() + "}");
            } else {
                server.delete(targets);
            }
        }
    }

    /** A half-day closing added from the « Jours sans permanence » panel reaches the API, is listed, then removed. */
    @Test
    void addsListsAndRemovesAClosingDay() {
        String closings = "/api/closing-days?from=2030-12-01&to=2030-12-31";
        browser.open("/planification.html");
        browser.find("#jours-sans-permanence summary").click();
        browser.waitUntil("les réglages des jours sans permanence sont lus", Duration.ofSeconds(10),
                "return document.querySelectorAll('#zone-scolaire option').length > 1");
        try {
            assertThat(browser.find("#feries-a-venir").getText()).startsWith("Prochains jours fériés, jamais planifiés");
            setValue("fermeture-date", "2030-12-24");
            new Select(browser.find("#fermeture-demi")).selectByValue("PM");
            browser.find("#fermeture-motif").sendKeys("réveillon");
            browser.find("#fermeture-form button[type='submit']").click();
            browser.waitUntil("la fermeture est ajoutée", Duration.ofSeconds(10),
                    "return document.getElementById('fermetures-statut').dataset.kind === 'ok'");

            JsonNode created = server.get(closings).get(0);
            assertThat(created.get("halfDay").asString()).isEqualTo("PM");
            assertThat(created.get("reason").asString()).isEqualTo("réveillon");
            ApiShapes shapes = ApiShapes.read();
            shapes.assertMatches("ClosingDay", created);
            shapes.assertMatches("DaysOffSettings", server.get("/api/days-off/settings"));
            shapes.assertMatches("DayOff", server.get("/api/days-off?from=2030-12-01&to=2030-12-31").get(0));
            String item = "#fermetures-liste li[data-closing-day-id='" + created.get("id").asLong() + "']";
            browser.waitUntil("la fermeture est listée", Duration.ofSeconds(10),
                    "return document.querySelector(\"" + item + "\") !== null");
            assertThat(browser.find(item).getText()).contains("24 déc. 2030 (après-midi) — réveillon");

            browser.find(item + " button").click();
            browser.waitUntil("la fermeture n’est plus listée", Duration.ofSeconds(10),
                    "return document.querySelector(\"" + item + "\") === null");
            assertThat(server.get(closings).size()).isZero();
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            server.get(closings).forEach(c -> server.delete("/api/closing-days/" + c.get("id").asLong()));
        }
    }

    private void openAbsences() {
        browser.open("/planification.html");
        browser.find("#absences summary").click();
        browser.waitUntil("les professionnels et les camions sont lus", Duration.ofSeconds(10),
                "return document.querySelectorAll('#absence-qui option').length > 0");
    }

    /** Date inputs are typed in the browser's locale; the value is what the page reads, so it is set directly. */
    private void setValue(String id, String value) {
        browser.js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', { bubbles: true }));"
                + "e.dispatchEvent(new Event('change', { bubbles: true }));", id, value);
    }

    private WebElement input(String row, String suffix) {
        return browser.find(row).findElement(By.cssSelector("input[id$='-" + suffix + "']"));
    }

    private void type(String row, String suffix, String value) {
        WebElement field = input(row, suffix);
        field.clear();
        field.sendKeys(value);
    }

    private long idOfRef(String path, String ref) {
        return server.get(path).valueStream().filter(n -> ref.equals(n.get("ref").asString())).findFirst()
                .orElseThrow().get("id").asLong();
    }

    private JsonNode demoTerritory() {
        return server.get("/api/territories").valueStream().filter(t -> t.get("demo").asBoolean()).findFirst()
                .orElseThrow();
    }

    private static JsonNode single(JsonNode list, String from) {
        List<JsonNode> matching = list.valueStream().filter(a -> from.equals(a.get("from").asString())).toList();
        assertThat(matching).as("déclarations commençant le " + from).hasSize(1);
        return matching.get(0);
    }

    /** Removes what a test declared starting on that day, so that each test starts from the same people. */
    private void removeAll(String path, String from) {
        server.get(path).valueStream().filter(a -> from.equals(a.get("from").asString()))
                .forEach(a -> assertThat(server.delete(path + "/" + a.get("id").asLong())).isEqualTo(204));
    }
}
