package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import fr.allervers.security.Accounts;
import fr.allervers.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * A consortium's first week in Chromium, in a consortium of its own: its first admin lands on « Premiers pas »,
 * goes to « Administration », adds an organisation, makes a territory by clicking commune outlines on the map (no
 * tiles: the outlines are the map) and creates a field account, whose owner is then sent to « Mon mot de passe »
 * before anything else. Each result is checked against the API, and « Premiers pas » ticks the steps.
 */
@BrowserTest
class AdministrationPageTest extends SignedInPage {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = "kayak-brume9";

    @Autowired
    Accounts accounts;

    AdministrationPageTest() {
        super(Role.ADMIN);
    }

    @Test
    void theFirstAdminSetsUpOrganisationTerritoryAndAccounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String admin = "premier-admin-" + suffix;
        accounts.create(admin, PASSWORD, Role.ADMIN, accounts.consortium("Consortium navigateur " + suffix), null);
        ServerApi asAdmin = new ServerApi(port, admin, PASSWORD);

        // Signed in, the first admin of an empty consortium lands on « Premiers pas ».
        signInAs(admin, PASSWORD);
        waitForPage("/premiers-pas.html");
        assertThat(step("organisations")).isEqualTo("false");
        assertThat(step("territoire")).isEqualTo("false");
        assertThat(step("comptes")).isEqualTo("false");
        browser.screenshot("premiers-pas-vide");
        browser.find("#etapes li[data-step='organisations'] a").click();
        waitForPage("/administration.html");
        assertThat(browser.js("return window.allerVers.tiles")).isEqualTo(false);
        assertThat(browser.findAll("#organisations-table tbody th")).isEmpty();

        // An organisation.
        String organisation = "Association Navigateur " + suffix;
        browser.find("#organisation-nom").sendKeys(organisation);
        browser.find("#organisation-ajouter").click();
        browser.waitUntil("l’organisation est ajoutée", WAIT,
                "return document.getElementById('organisations-statut').dataset.kind === 'ok'");
        browser.waitUntil("l’organisation est listée", WAIT, "return [...document.querySelectorAll("
                + "'#organisations-table th')].some(th => th.textContent === '" + organisation + "')");
        assertThat(asAdmin.get("/api/organisations").valueStream().map(o -> o.get("name").asString()))
                .containsExactly(organisation);
        browser.waitUntil("l’organisation est proposée pour les comptes", WAIT, "return [...document.querySelectorAll("
                + "'#compte-organisation option')].some(o => o.value === '" + organisation + "')");

        // A territory: new (the only choice yet), named, communes clicked on the map — one clicked twice, off again.
        assertThat(new Select(browser.find("#territoire-choix")).getOptions()).extracting(WebElement::getText)
                .containsExactly("Nouveau territoire");
        String territory = "Portes du Sud " + suffix;
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
        JsonNode saved = asAdmin.get("/api/territories");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("name").asString()).isEqualTo(territory);
        assertThat(saved.get(0).get("communes").valueStream().map(c -> c.get("insee").asString()))
                .containsExactlyInAnyOrder("69259", "69199");
        assertThat(new Select(browser.find("#territoire-choix")).getFirstSelectedOption().getAttribute("value"))
                .as("the saved territory stays chosen for further changes").isEqualTo(saved.get(0).get("id").asString());

        // A field account of that organisation, with a first password to change at the first sign-in.
        String typed = "terrain-" + suffix;
        browser.find("#compte-identifiant").sendKeys(typed);
        // Created in the consortium's namespace: the code of « Consortium navigateur <suffix> » ends the name.
        String username = typed + "@navigateur-" + suffix;
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
        // The answers the page reads have the shapes its modules expect (web/js/api-shapes.js).
        ApiShapes shapes = ApiShapes.read();
        shapes.assertMatches("Account", account);
        shapes.assertMatches("Organisation", asAdmin.get("/api/organisations?archived=true").get(0));
        shapes.assertMatches("Territory", saved.get(0));
        shapes.assertMatches("SetupProgress", asAdmin.get("/api/setup/progress"));
        shapes.assertMatches("Me", asAdmin.get("/api/me"));

        // A temporary password, after a confirmation, shown once.
        browser.find(row + " button.reset").click();
        browser.find(row + " button.reset").click();
        browser.waitUntil("le mot de passe provisoire est affiché", WAIT,
                "return !document.getElementById('mot-de-passe-provisoire').hidden");
        String temporary = browser.find("#mot-de-passe-provisoire code.password").getText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.find("header.site nav a[href='/administration.html']").getText()).isEqualTo("Administration");
        assertThat(browser.find("#mon-mot-de-passe").isDisplayed()).as("every page links to « Mon mot de passe »").isTrue();
        assertThat(new ServerApi(port, username, temporary).get("/api/me").get("mustChangePassword").asBoolean())
                .isTrue();
        browser.screenshot("administration-comptes");
        assertThat(browser.consoleErrors()).isEmpty();

        // « Premiers pas » now ticks those steps, as the API says.
        browser.open("/premiers-pas.html");
        for (JsonNode step : asAdmin.get("/api/setup/progress").get("steps")) {
            assertThat(step(step.get("key").asString())).as(step.get("key").asString())
                    .isEqualTo(step.get("done").asString());
        }
        assertThat(step("organisations")).isEqualTo("true");
        assertThat(step("territoire")).isEqualTo("true");
        assertThat(step("comptes")).isEqualTo("true");
        assertThat(step("lieux")).isEqualTo("false");
        browser.screenshot("premiers-pas");

        // The account's owner signs in with the temporary password: « Mon mot de passe » first, then their view.
        signInAs(username, temporary);
        waitForPage("/mot-de-passe.html");
        assertThat(browser.find("#provisoire").isDisplayed()).isTrue();
        browser.visit("/ma-journee.html");
        waitForPage("/mot-de-passe.html");
        browser.find("#actuel").sendKeys(temporary);
        browser.find("#nouveau").sendKeys("falaise-verte-42");
        browser.find("#confirmation").sendKeys("falaise-verte-42");
        browser.find("#changer").click();
        new WebDriverWait(browser.driver(), WAIT).withMessage("arrivée sur « Ma journée »")
                .until(d -> d.getCurrentUrl().endsWith("/ma-journee.html"));
        assertThat(new ServerApi(port, username, "falaise-verte-42").get("/api/me").get("mustChangePassword")
                .asBoolean()).isFalse();
    }

    /**
     * Clicks the outline of a commune on the map. The commune is searched for first, as a person would in a whole
     * department (the map then centres on it), and clicked at a point that belongs to it, not just the centre of
     * its box.
     */
    private void clickCommune(String insee) {
        WebElement search = browser.find("#communes-filtre");
        search.clear();
        search.sendKeys(insee);
        browser.js("document.getElementById('carte-territoire').scrollIntoView({ block: 'center' })");
        String findPoint = "const path = document.querySelector('path.commune-' + arguments[0]);"
                + "if (!path) return null;"
                + "const box = path.getBoundingClientRect();"
                + "for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {"
                + "  const x = box.left + box.width * i / 20, y = box.top + box.height * j / 20;"
                + "  if (document.elementFromPoint(x, y) === path) return [Math.round(x), Math.round(y)];"
                + "}"
                + "return null;";
        @SuppressWarnings("unchecked")
        List<Number> point = new WebDriverWait(browser.driver(), WAIT)
                .withMessage("un point visible de la commune " + insee + " sur la carte")
                .until(d -> (List<Number>) browser.js(findPoint, insee));
        new Actions(browser.driver()).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click()
                .perform();
    }

    private void waitForChosen(int count) {
        browser.waitUntil(count + " communes choisies", WAIT,
                "return document.getElementById('territoire-compte').dataset.count === '" + count + "'");
    }

    private void waitForPage(String path) {
        browser.waitUntil("la page « " + path + " » est prête", Duration.ofSeconds(30), "return location.pathname === '"
                + path + "' && window.allerVers && window.allerVers.ready === true");
        assertThat(browser.jsErrors()).as("erreurs JavaScript de " + path).isEmpty();
    }

    private String step(String key) {
        return browser.find("#etapes li[data-step='" + key + "']").getAttribute("data-done");
    }

    /** Signs out, then in through the login form (Browser.signIn knows only the demo accounts' password). */
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
