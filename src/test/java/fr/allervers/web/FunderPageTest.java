package fr.allervers.web;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

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
        int labelled = 0;
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).findElements(org.openqa.selenium.By.cssSelector("td"));
            JsonNode expected = funnel.get("byOutcome").get("rows").get(r);
            assertThat(cells).hasSize(expected.get("values").size() + 1);
            for (int c = 0; c < cells.size(); c++) {
                boolean isValue = c < expected.get("values").size();
                JsonNode value = isValue ? expected.get("values").get(c) : expected.get("total");
                if (isValue && !expected.get("hiddenBecause").get(c).isNull()) {
                    // A 0 of a month that left encounters out says so, in the legend's words.
                    assertThat(expected.get("hiddenBecause").get(c).asString()).isEqualTo("SMALL");
                    assertThat(value.asInt()).isZero();
                    assertThat(cells.get(c).getText()).isEqualTo("< 5 rencontres par commune");
                    labelled++;
                    continue;
                }
                // Every figure is a total of blocks of at least k encounters, each of at least k people.
                assertThat(Integer.parseInt(cells.get(c).getText())).isEqualTo(value.asInt())
                        .matches(v -> v == 0 || v >= 5, "zero or at least k");
            }
            unsplit += expected.get("values").get(expected.get("values").size() - 1).asInt();
        }
        // The demo history is small enough per commune, month, public and outcome that some blocks are only shown
        // gathered, without their outcome.
        assertThat(unsplit).as("people shown without their outcome").isPositive();
        // ...and some months leave a few encounters out: their 0s are labelled, and the legend says what it means.
        assertThat(labelled).as("0s labelled « < 5 rencontres par commune »").isPositive();
        assertThat(browser.find("#parcours-legende").getText()).contains("< 5 rencontres par commune")
                .contains("moins de 5 dans chaque commune").contains("Aucune case « secret »")
                .contains("une même personne rencontrée deux fois compte deux fois");
        assertThat(browser.find("#parcours-suites thead").getText()).contains("suite non ventilée")
                .contains("Total des cases publiées");
        assertThat(browser.find("#parcours-suites tfoot").getText()).startsWith("Total des cases publiées");
        assertThat(browser.find("#titre-parcours + .hint").getText()).contains("total des cases publiées")
                .contains("au moins 5 rencontres");
        assertThat(browser.find("#parcours-indicateurs").getText())
                .contains(funnel.get("byOutcome").get("total").asInt() + "\ncontacts (personnes rencontrées, cases publiées)");
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
                .isEqualTo(first.get("name").asString() + " " + first.get("target").asInt() + " "
                        + first.get("description").asString());
        assertThat(first.get("description").asString()).matches("(atteint|en cours|à venir|non atteint) : \\d+ "
                + "tenues?, \\d+ prévues? sur \\d+");
        assertThat(browser.findAll("#indicateurs .indicator")).hasSize(4);
        assertThat(browser.find("#indicateurs").getText())
                .contains(coverage.get("indicators").get("communesOnTarget").asInt() + " / 5")
                .contains("communes à l’objectif (permanences tenues)").contains("hôtels 115 visités dans le mois");
        // The commune table fits its column, on this wide screen (1400 px) and on a tablet.
        assertThat(tableFits()).as("table des communes sans barre de défilement à 1400 px").isTrue();

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

        // A month without encounters: the heatmap says why it is empty rather than « (0) ».
        browser.js("const m = document.getElementById('mois'); m.value = '2001-01'; m.dispatchEvent(new Event('change'));");
        browser.waitUntil("la carte de chaleur vide dit pourquoi", Duration.ofSeconds(20),
                "return document.getElementById('couche-heatmap-nombre').textContent"
                        + ".includes('aucune case d’au moins 5 rencontres sur la période')");
        assertThat(browser.find("#indicateurs").getText()).contains("0 / ");

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
        browser.resize(1024, 768);
        try {
            browser.await("table des communes sans barre de défilement sur une tablette", this::tableFits);
            browser.screenshot("financeur-tablette");
        } finally {
            browser.resize(1400, 1000);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private boolean tableFits() {
        return Boolean.TRUE.equals(browser.js("const box = document.getElementById('tableau-communes');"
                + " const table = box.querySelector('table');"
                + " return table !== null && table.scrollWidth <= box.clientWidth + 1"
                + " && document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /**
     * The monthly report a funder files: one A4 page with the territory and month, the indicators, the map of the
     * communes and QPV, the tables and their legend; no hotel, no place, no encounter point, nothing asked of them.
     */
    @Test
    void printsTheMonthlyReportOnOneA4PageWithoutHotelsPlacesOrEncounters() {
        String lastMonth = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1).toString();
        browser.open("/financeur.html?mois=" + lastMonth);
        browser.waitUntil("le lien du rapport", Duration.ofSeconds(20),
                "return document.getElementById('rapport').href.endsWith('month=" + lastMonth + "')");
        browser.driver().get(browser.find("#rapport").getAttribute("href"));
        browser.waitUntil("le rapport est prêt", Duration.ofSeconds(20),
                "return Boolean(window.allerVers && window.allerVers.report)");
        JsonNode coverage = server.get("/api/coverage?territoryId=" + server.territoryId() + "&month=" + lastMonth);
        String territory = coverage.get("territory").asString();
        assertThat(browser.find("#rapport-titre").getText()).contains(territory);
        assertThat(browser.find("#rapport-periode").getText()).contains(territory)
                .contains(YearMonth.parse(lastMonth).format(java.time.format.DateTimeFormatter
                        .ofPattern("MMMM yyyy", Locale.FRANCE)));
        assertThat(browser.findAll("#rapport-indicateurs .indicator")).hasSize(4);
        assertThat(browser.findAll("#rapport-communes tbody tr")).hasSize(5);
        assertThat(browser.find("#rapport-legende").getText()).contains("< 5 rencontres par commune");
        // The month's contacts, one line per outcome (and « suite non ventilée »), the API's values and labels.
        JsonNode month = server.get("/api/coverage/funnel?territoryId=" + server.territoryId() + "&from=" + lastMonth
                + "&to=" + lastMonth).get("byOutcome");
        var lines = browser.findAll("#rapport-suites tbody tr td");
        assertThat(lines).hasSize(month.get("columns").size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode reason = month.get("rows").get(0).get("hiddenBecause").get(i);
            assertThat(lines.get(i).getText()).isEqualTo(reason.isNull()
                    ? month.get("rows").get(0).get("values").get(i).asString() : "< 5 rencontres par commune");
        }
        // The map: the five communes and the territory's QPV, and nothing else — no marker, no heatmap cell.
        assertThat(browser.findAll("#rapport-carte path.commune")).hasSize(5);
        assertThat(browser.findAll("#rapport-carte path.qpv")).hasSize(coverage.get("qpv").size());
        assertThat(browser.findAll("#rapport-carte path")).hasSize(5 + coverage.get("qpv").size());
        assertThat(browser.findAll("#rapport-carte circle, .leaflet-container, .leaflet-marker-icon")).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(requested).noneMatch(url -> url.contains("/api/layers/hotels") || url.contains("/api/layers/places")
                || url.contains("/api/heatmap") || url.contains("/api/encounters") || url.contains("/api/hotels"));
        String page = browser.driver().getPageSource();
        server.get("/api/layers/hotels").findValuesAsString("nom")
                .forEach(name -> assertThat(page).as("hôtel 115").doesNotContain(name));
        server.get("/api/layers/places").findValuesAsString("nom")
                .forEach(name -> assertThat(page).as("lieu").doesNotContain(name));

        // How it prints, as a picture next to the PDF (A4 at 96 dpi).
        browser.resize(794, 1123);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.screenshot("rapport-impression");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.resize(1400, 1000);

        // Printed by the browser on A4: one page.
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path file = browser.screenshot("rapport").resolveSibling("rapport.pdf");
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count())
                .as("pages of " + file).isEqualTo(1);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
