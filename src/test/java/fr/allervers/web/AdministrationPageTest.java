package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The « Administration » page in Chromium, as the demo admin: an organisation, a territory made by clicking commune
 * outlines on the map (no tiles: the outlines are the map), and a field account whose temporary password sends its
 * owner to « Mon mot de passe » first. Each result is checked against the API. Names carry a random suffix, and the
 * new territory's name sorts after the demo one, which the other pages open by default.
 */
@BrowserTest
class AdministrationPageTest extends SignedInPage {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = "kayak-brume9";

    AdministrationPageTest() {
        super("admin");
    }

    @Test
    void createsAnOrganisationATerritoryByClickingCommunesAndAnAccount() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ServerApi asAdmin = new ServerApi(port, "admin", "demo");
        browser.open("/administration.html");
        assertThat(browser.js("return window.allerVers.tiles")).isEqualTo(false);

        // An organisation.
        String organisation = "Association Navigateur " + suffix;
        browser.find("#organisation-nom").sendKeys(organisation);
        browser.find("#organisation-ajouter").click();
        browser.waitUntil("l’organisation est ajoutée", WAIT,
                "return document.getElementById('organisations-statut').dataset.kind === 'ok'");
        browser.waitUntil("l’organisation est listée", WAIT, "return [...document.querySelectorAll("
                + "'#organisations-table th')].some(th => th.textContent === '" + organisation + "')");
        JsonNode created = server.get("/api/organisations").valueStream()
                .filter(o -> o.get("name").asString().equals(organisation)).findFirst().orElseThrow();
        // Offered at once for the new account.
        browser.waitUntil("l’organisation est proposée pour les comptes", WAIT, "return [...document.querySelectorAll("
                + "'#compte-organisation option')].some(o => o.value === '" + organisation + "')");

        // A territory: new (the default choice), named, two communes clicked on the map, one clicked twice (off again).
        String territory = "Territoire navigateur " + suffix;
        assertThat(new Select(browser.find("#territoire-choix")).getFirstSelectedOption().getText())
                .isEqualTo("Nouveau territoire");
        browser.find("#territoire-nom").sendKeys(territory);
        clickCommune("69259");
        clickCommune("69199");
        clickCommune("69276");
        waitForChosen(3);
        clickCommune("69276");
        waitForChosen(2);
        assertThat(browser.find("#commune-69259").isSelected()).as("the list follows the map").isTrue();
        assertThat(browser.find("#commune-69276").isSelected()).isFalse();
        browser.screenshot("administration-territoire");
        browser.find("#territoire-enregistrer").click();
        browser.waitUntil("le territoire est enregistré", WAIT,
                "return document.getElementById('territoires-statut').dataset.kind === 'ok'");
        JsonNode saved = server.get("/api/territories").valueStream()
                .filter(t -> t.get("name").asString().equals(territory)).findFirst().orElseThrow();
        assertThat(saved.get("communes").valueStream().map(c -> c.get("insee").asString()))
                .containsExactlyInAnyOrder("69259", "69199");
        assertThat(new Select(browser.find("#territoire-choix")).getFirstSelectedOption().getAttribute("value"))
                .as("the saved territory stays chosen for further changes").isEqualTo(saved.get("id").asString());

        // A field account for that organisation, with a first password to change at the first sign-in.
        String username = "navigateur-" + suffix;
        browser.find("#compte-identifiant").sendKeys(username);
        new Select(browser.find("#compte-role")).selectByValue("FIELD");
        new Select(browser.find("#compte-organisation")).selectByValue(organisation);
        browser.find("#compte-mot-de-passe").sendKeys(PASSWORD);
        assertThat(browser.find("#compte-provisoire").isSelected()).isTrue();
        browser.find("#compte-creer").click();
        browser.waitUntil("le compte est créé", WAIT,
                "return document.getElementById('comptes-statut').dataset.kind === 'ok'");
        String row = "#comptes-table tr[data-username='" + username + "']";
        browser.waitUntil("le compte est listé", WAIT, "return document.querySelector(\"" + row + "\") !== null");
        assertThat(browser.find(row).getText()).contains("Terrain", organisation, "mot de passe provisoire");
        JsonNode account = asAdmin.get("/api/users").valueStream()
                .filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow();
        assertThat(account.get("role").asString()).isEqualTo("FIELD");
        assertThat(account.get("organisation").asString()).isEqualTo(organisation);
        assertThat(account.get("mustChangePassword").asBoolean()).isTrue();
        browser.screenshot("administration-comptes");

        // A temporary password, shown once, after a confirmation.
        browser.find(row + " button.reset").click();
        browser.find(row + " button.reset").click();
        browser.waitUntil("le mot de passe provisoire est affiché", WAIT,
                "return !document.getElementById('mot-de-passe-provisoire').hidden");
        String temporary = browser.find("#mot-de-passe-provisoire code.password").getText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        JsonNode me = new ServerApi(port, username, temporary).get("/api/me");
        assertThat(me.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();

        // Its owner signs in with it: sent to « Mon mot de passe », then to their own view once it is changed.
        signInAs(username, temporary);
        browser.waitUntil("la page du mot de passe est prête", WAIT,
                "return location.pathname === '/mot-de-passe.html' && window.allerVers && window.allerVers.ready === true");
        assertThat(browser.find("#provisoire").isDisplayed()).isTrue();
        browser.find("#actuel").sendKeys(temporary);
        browser.find("#nouveau").sendKeys("falaise-verte-42");
        browser.find("#confirmation").sendKeys("falaise-verte-42");
        browser.find("#changer").click();
        new WebDriverWait(browser.driver(), WAIT).withMessage("arrivée sur « Ma journée »")
                .until(d -> d.getCurrentUrl().endsWith("/ma-journee.html"));
        assertThat(new ServerApi(port, username, "falaise-verte-42").get("/api/me").get("mustChangePassword")
                .asBoolean()).isFalse();

        // Tidy up what the other tests could meet: the organisation is archived (never deleted).
        asAdmin.put("/api/organisations/" + created.get("id").asLong() + "/archived", "{\"archived\":true}");
    }

    @Test
    void firstStepsShowWhatTheDataSaysAndLinkToWhereEachIsDone() {
        browser.open("/premiers-pas.html");
        JsonNode progress = new ServerApi(port, "admin", "demo").get("/api/setup/progress");
        assertThat(browser.findAll("#etapes li")).hasSize(progress.get("steps").size());
        for (JsonNode step : progress.get("steps")) {
            String item = "#etapes li[data-step='" + step.get("key").asString() + "']";
            assertThat(browser.find(item).getAttribute("data-done")).as(step.get("key").asString())
                    .isEqualTo(step.get("done").asString());
            assertThat(browser.find(item + " a").getAttribute("pathname") + browser.find(item + " a").getAttribute("hash"))
                    .isEqualTo(step.get("href").asString());
        }
        // The demo has its organisations, communes, territory, places, people, vans and accounts.
        assertThat(browser.find("#etapes li[data-step='territoire']").getAttribute("data-done")).isEqualTo("true");
        assertThat(browser.find("#import-communes input[type='file']").getAttribute("id"))
                .isEqualTo("import-communes-fichier");
        browser.screenshot("premiers-pas");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Clicks the outline of a commune on the map, at a point that belongs to it (not just the centre of its box). */
    private void clickCommune(String insee) {
        browser.js("document.getElementById('carte-territoire').scrollIntoView({ block: 'center' })");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.js(
                "const path = document.querySelector('path.commune-' + arguments[0]);"
                        + "if (!path) return null;"
                        + "const box = path.getBoundingClientRect();"
                        + "for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {"
                        + "  const x = box.left + box.width * i / 20, y = box.top + box.height * j / 20;"
                        + "  if (document.elementFromPoint(x, y) === path) return [Math.round(x), Math.round(y)];"
                        + "}"
                        + "return null;", insee);
        assertThat(point).as("a visible point of commune " + insee + " on the map").isNotNull();
        new Actions(browser.driver()).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click()
                .perform();
    }

    private void waitForChosen(int count) {
        browser.waitUntil(count + " communes choisies", WAIT,
                "return document.getElementById('territoire-compte').dataset.count === '" + count + "'");
    }

    /** Signs out, then in through the login form with any account (Browser.signIn knows only the demo password). */
    private void signInAs(String username, String password) {
        browser.js("return fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': "
                + "decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=')"
                + ".split('=')[1]) } }).then(() => true)");
        browser.visit("/login");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.find("form[action='/login'] button[type='submit']").click();
        new WebDriverWait(browser.driver(), WAIT).withMessage("connexion de " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
