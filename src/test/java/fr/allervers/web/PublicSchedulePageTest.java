package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * The public schedule in Chromium, as a resident sees it without signing in: the page on a phone (390×844) with its
 * map of the stops, reachable by keyboard, under the strict Content Security Policy; the A4 poster's print layout;
 * the embed inside a frame (and the page refused in one). The coordinator opens it from the planning page.
 */
@BrowserTest
class PublicSchedulePageTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private ServerApi server;
    private long territoryId;
    private JsonNode permanences;

    @BeforeAll
    void publishAPlanAndOpenTheSchedule() {
        browser = new Browser(port);
        server = new ServerApi(port, TestTenants.username(getClass(), Role.COORDINATOR));
        territoryId = server.territoryId();
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long planId = server.post("/api/permanence-plans", "{\"territoryId\":" + territoryId + ",\"from\":\"" + from
                + "\",\"to\":\"" + from.plusDays(11) + "\",\"secondsLimit\":2}").get("id").asLong();
        server.waitUntilDone("/api/permanence-plans/" + planId);
        assertThat(server.put("/api/permanence-plans/" + planId + "/publication").get("publishedAt").asString())
                .isNotBlank();

        // The coordinator opens it from the planning page.
        browser.signIn(TestTenants.username(getClass(), Role.COORDINATOR));
        browser.open("/planification.html");
        browser.js("document.getElementById('horaires-publics').open = true;");
        browser.await("la case « Horaires publics » est lue", () -> browser.find("#horaires-publics-actifs").isEnabled());
        if (!browser.find("#horaires-publics-actifs").isSelected()) {
            browser.find("#horaires-publics-actifs").click();
        }
        browser.await("l'adresse publique s'affiche", () -> browser.find("#horaires-publics-liens").isDisplayed());
        assertThat(browser.find("#horaires-publics-iframe").getAttribute("value"))
                .contains("/public/territories/" + territoryId + "/embed").contains("<iframe").contains("title=");
        JsonNode state = server.get("/api/territories/" + territoryId + "/public-schedule");
        ApiShapes.read().assertMatches("PublicScheduleSwitch", state);
        assertThat(state.get("enabled").asBoolean()).isTrue();
        // From now on, a resident without an account.
        browser.driver().manage().deleteAllCookies();
        permanences = server.get("/public/territories/" + territoryId + "/permanences.json");
        assertThat(permanences.size()).isPositive();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePageOnAPhoneListsTheDatesDrawsTheStopsAndIsUsableByKeyboard() {
        browser.resize(390, 844);
        browser.open("/public/territories/" + territoryId);
        assertThat(browser.driver().getCurrentUrl()).as("no sign-in asked").doesNotContain("/login");
        assertThat(browser.findAll("li.permanence")).hasSize(permanences.size());
        long places = permanences.valueStream().map(p -> p.get("lon") + "," + p.get("lat")).distinct().count();
        browser.awaitLayer("arrets", n -> n == places, "un point par lieu sur la carte");
        browser.awaitLayer("communes", n -> n == 5, "les cinq communes, sans fond de carte");
        assertThat(browser.findAll("#carte .leaflet-tile")).as("no tiles").isEmpty();
        assertThat(browser.find("h1").getText()).contains("Portes du Sud");
        assertThat(browser.find("li.permanence .qui").getText()).startsWith("Sur place : un ");
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        assertThat(browser.find("label[for=commune]").getText()).isEqualTo("Commune");
        // Keyboard: the first Tab reaches the skip link, which leads to the content.
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("lien-evitement");
        assertThat(browser.js("return document.activeElement.getAttribute('href')")).isEqualTo("#contenu");
        // Choosing a commune by keyboard filters the list.
        String insee = permanences.get(0).get("communeInsee").asString();
        browser.js("const s = document.getElementById('commune'); s.value = arguments[0];", insee);
        browser.find("form.filtre button").sendKeys(Keys.ENTER);
        browser.waitUntil("la liste d'une commune", Duration.ofSeconds(10),
                "return location.search.includes('commune=' + arguments[0]) && window.allerVers && window.allerVers.ready",
                insee);
        long ofCommune = permanences.valueStream().filter(p -> p.get("communeInsee").asString().equals(insee)).count();
        assertThat(browser.findAll("li.permanence")).hasSize((int) ofCommune);
        browser.screenshot("horaires-publics-telephone");
        assertThat(browser.consoleErrors()).as("no CSP violation, no failed request").isEmpty();
        assertThat(browser.jsErrors()).isEmpty();
    }

    @Test
    void thePosterIsAnA4SheetWithTheDatesAMapAndAQrCode() {
        browser.resize(1000, 1400);
        JsonNode first = permanences.get(0);
        String insee = first.get("communeInsee").asString();
        String month = first.get("date").asString().substring(0, 7);
        browser.open("/public/territories/" + territoryId + "/communes/" + insee + "/poster?month=" + month);
        Object pageSize = browser.js("for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) {"
                + " if (rule instanceof CSSPageRule) return rule.style.getPropertyValue('size'); } } return null;");
        assertThat(String.valueOf(pageSize)).containsIgnoringCase("A4").doesNotContain("landscape");
        long ofMonth = permanences.valueStream().filter(p -> p.get("communeInsee").asString().equals(insee)
                && p.get("date").asString().startsWith(month)).count();
        assertThat(browser.findAll("table.dates tbody tr")).hasSize((int) ofMonth);
        assertThat(browser.find("h1").getText()).contains(first.get("communeName").asString());
        assertThat(browser.findAll("svg.qr path")).hasSize(1);
        assertThat(browser.findAll("svg.carte-affiche circle")).isNotEmpty();
        assertThat(browser.find("figure.code figcaption").getText())
                .contains("/public/territories/" + territoryId + "?commune=" + insee);
        // In print, the button goes and the sheet keeps its map and code.
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.await("le bouton disparaît à l'impression", () -> !browser.find("#imprimer").isDisplayed());
            assertThat(browser.find("svg.qr").isDisplayed()).isTrue();
            assertThat(browser.find("svg.carte-affiche").isDisplayed()).isTrue();
            browser.screenshot("affiche-impression");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theEmbedShowsInAFrameAndThePageDoesNot() {
        browser.resize(1000, 900);
        browser.open("/public/territories/" + territoryId);
        browser.js("for (const [id, src] of [['integre', arguments[0]], ['page', arguments[1]]]) {"
                + " const f = document.createElement('iframe'); f.id = id; f.src = src; document.body.append(f); }",
                "/public/territories/" + territoryId + "/embed", "/public/territories/" + territoryId);
        browser.waitUntil("la version intégrable s'affiche dans le cadre", Duration.ofSeconds(15),
                "const d = document.getElementById('integre').contentDocument;"
                        + " return Boolean(d && d.querySelectorAll('li.permanence').length > 0);");
        Object framedPage = browser.js("try { const d = document.getElementById('page').contentDocument;"
                + " return d ? d.querySelectorAll('li.permanence').length : -1; } catch (e) { return -1; }");
        assertThat(((Number) framedPage).intValue()).as("the full page refuses to be framed").isLessThanOrEqualTo(0);
        assertThat(browser.js("return document.getElementById('integre').contentDocument"
                + ".querySelector('a[target=_blank]').href")).asString()
                .contains("/public/territories/" + territoryId);
    }
}
