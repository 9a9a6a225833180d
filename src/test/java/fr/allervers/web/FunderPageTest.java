package fr.allervers.web;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The funder view in Chromium: coverage only, never a hotel. */
@BrowserTest
class FunderPageTest extends SignedInPage {

    FunderPageTest() {
        super(Role.FUNDER);
    }

    @Test
    void sendsTheUserToTheLoginPageWhenTheSessionHasGone() {
        browser.open("/financeur.html");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.js("const m = document.getElementById('mois'); m.value = '2025-01'; m.dispatchEvent(new Event('change'));");
        browser.waitUntil("retour à la page de connexion", Duration.ofSeconds(10),
                "return location.pathname === '/login'");
    }

    @Test
    void showsThePeopleMetMonthByMonthAsTotalsOfPublishedBlocks() {
        browser.open("/financeur.html");
        JsonNode funnel = server.get("/api/coverage/funnel?territoryId=" + server.territoryId());
        ApiShapes.read().assertMatches("FunnelReport", funnel);
        browser.await("le tableau des suites données", () -> browser.findAll("#parcours-suites tbody tr").size() == 12);
        var rows = browser.findAll("#parcours-suites tbody tr");
        int unsplit = 0;
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).findElements(org.openqa.selenium.By.cssSelector("td"));
            JsonNode expected = funnel.get("byOutcome").get("rows").get(r);
            assertThat(cells).hasSize(expected.get("values").size() + 1);
            for (int c = 0; c < cells.size(); c++) {
                JsonNode value = c < expected.get("values").size() ? expected.get("values").get(c) : expected.get("total");
                // Every figure is a total of blocks of at least k encounters, each of at least k people.
                assertThat(Integer.parseInt(cells.get(c).getText())).isEqualTo(value.asInt())
                        .matches(v -> v == 0 || v >= 5, "zero or at least k");
            }
            unsplit += expected.get("values").get(expected.get("values").size() - 1).asInt();
        }
        // The demo history is small enough per commune, month, public and outcome that some blocks are only shown
        // gathered, without their outcome.
        assertThat(unsplit).as("people shown without their outcome").isPositive();
        assertThat(browser.find("#parcours-suites thead").getText()).contains("suite non ventilée")
                .contains("Total des cases publiées");
        assertThat(browser.find("#parcours-suites tfoot").getText()).startsWith("Total des cases publiées");
        assertThat(browser.find("#titre-parcours + .hint").getText()).contains("total des cases publiées")
                .contains("au moins 5 rencontres");
        assertThat(browser.find("#parcours-indicateurs").getText())
                .contains(funnel.get("byOutcome").get("total").asInt() + "\npersonnes rencontrées (cases publiées)");
        assertThat(browser.findAll("#parcours-publics tbody tr")).hasSize(12);
        assertThat(browser.find("#export-parcours").getAttribute("href")).contains("/api/coverage/funnel.csv?territoryId=" + server.territoryId());
        assertThat(browser.find("#export-couverture").getAttribute("href")).contains("/api/coverage/export.csv?territoryId=" + server.territoryId());
        browser.js("document.getElementById('titre-parcours').scrollIntoView()");
        browser.screenshot("financeur-parcours");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void drawsCommunesAndQpvAndHoldsNoHotel() {
        browser.open("/financeur.html");

        browser.awaitLayer("communes", n -> n == 5, "les cinq communes");
        assertThat(browser.layerCount("qpv")).isPositive().isEqualTo(server.featureCount("/api/layers/qpv" + browser.layerQuery()));
        assertThat(browser.findAll("#tableau-communes tbody tr")).hasSize(5);
        assertThat(browser.findAll("#indicateurs .indicator")).isNotEmpty();
        JsonNode coverage = server.get("/api/coverage?territoryId=" + server.territoryId());
        ApiShapes.read().assertMatches("CoverageReport", coverage);
        JsonNode first = coverage.get("communes").get(0);
        assertThat(browser.find("#tableau-communes tbody tr").getText())
                .startsWith(first.get("name").asString() + " " + first.get("held").asInt() + " "
                        + first.get("planned").asInt() + " " + first.get("target").asInt());
        assertThat(browser.findAll("#indicateurs .indicator")).hasSize(4);
        assertThat(browser.find("#indicateurs").getText())
                .contains(coverage.get("indicators").get("communesOnTarget").asInt() + " / 5");

        // No hotel: no such layer, nothing drawn beyond the coverage layers, no hotel asked for or named.
        assertThat(browser.hasLayer("hotels")).isFalse();
        assertThat(browser.hasLayer("places")).isFalse();
        assertThat(browser.drawnPaths()).isEqualTo(browser.layerCount("communes") + browser.layerCount("qpv"));
        // The heatmap, once switched on, holds only cells of at least k = 5 encounters. Shown for last month: early
        // in a month, the current one may not have five encounters in any cell yet.
        browser.find("#couche-heatmap").click();
        String lastMonth = YearMonth.now().minusMonths(1).toString();
        browser.js("const m = document.getElementById('mois'); m.value = arguments[0];"
                + " m.dispatchEvent(new Event('change'));", lastMonth);
        // The export link changes once the month's layers, indicators and table are drawn.
        browser.waitUntil("la couverture de " + lastMonth + " est affichée", Duration.ofSeconds(20),
                "return document.getElementById('export-couverture').href.endsWith('month=" + lastMonth + "')");
        browser.awaitLayer("heatmap", n -> n > 0, "cellules de la carte de chaleur");
        browser.await("communes, QPV et cellules dessinées", () -> browser.drawnPaths()
                == browser.layerCount("communes") + browser.layerCount("qpv") + browser.layerCount("heatmap"));
        assertThat(browser.js("return [...window.allerVers.layers.heatmap.byId.values()]"
                + ".every(l => l.feature.properties.count >= 5)")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(requested).noneMatch(url -> url.contains("/api/layers/hotels") || url.contains("/api/layers/places"));
        String names = server.get("/api/layers/hotels").findValuesAsString("nom").toString();
        server.get("/api/layers/hotels").findValuesAsString("nom")
                .forEach(name -> assertThat(browser.driver().getPageSource()).as(names).doesNotContain(name));

        // The menu offers a funder only the coverage view.
        browser.waitUntil("le menu n’offre que la couverture", Duration.ofSeconds(10),
                "return [...document.querySelectorAll('header.site nav li')].filter(li => !li.hidden)"
                        + ".map(li => li.textContent).join('|') === 'Couverture (financeurs)'");
        assertThat(browser.findAll("header.site nav li").stream().filter(li -> li.isDisplayed()).map(li -> li.getText()))
                .containsExactly("Couverture (financeurs)");
        assertThat(browser.find("header.site nav a[aria-current='page']").getText()).isEqualTo("Couverture (financeurs)");
        String shown = TestTenants.username(getClass(), Role.FUNDER) + " (financeur)";
        browser.await("« " + shown + " » dans l’en-tête", () -> browser.find("#utilisateur").getText().equals(shown));
        ApiShapes.read().assertMatches("Me", server.get("/api/me"));

        browser.screenshot("financeur");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
