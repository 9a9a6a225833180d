package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.allervers.support.OwnTerritory;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;

/**
 * The territory editor on the planning map, as a project lead of a new consortium uses it: add a place by clicking
 * the map, move it by dragging its marker and confirming, archive it from its popup. Without tiles.
 */
@BrowserTest
class TerritoryEditorPageTest extends SignedInPage {

    private static final String KEY = "page-editeur";
    private static final String NAME = "Place de la Fontaine (essai)";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;
    @Autowired
    PlaceRepository places;

    private OwnTerritory.Made own;

    TerritoryEditorPageTest() {
        super("coord-" + KEY);
    }

    @BeforeAll
    void ownConsortium() {
        own = OwnTerritory.ensure(context, KEY);
    }

    @Test
    void addAPlaceByClickingTheMapMoveItByDraggingAndArchiveIt() {
        browser.open("/planification.html");
        browser.waitUntil("le bouton « Éditer le territoire » est là", WAIT,
                "return document.getElementById('editeur-mode') !== null");
        browser.find("#editeur-mode").click();
        browser.waitUntil("le mode édition est actif", WAIT,
                "return document.getElementById('editeur-mode').getAttribute('aria-pressed') === 'true'"
                        + " && document.getElementById('carte').classList.contains('editing')");

        // Add: a click on the map, inside the territory's commune, opens the place form at that point.
        clickMapAt(OwnTerritory.LON - 0.01, OwnTerritory.LAT - 0.005);
        browser.waitUntil("le formulaire du nouveau lieu est ouvert", WAIT,
                "const d = document.getElementById('editeur-formulaire'); return Boolean(d && d.open)");
        assertThat(browser.find("#editeur-formulaire-titre").getText()).isEqualTo("Nouveau lieu de permanence");
        browser.find("#champ-name").sendKeys(NAME);
        browser.screenshot("editeur-nouveau-lieu");
        browser.find("#editeur-formulaire button[type='submit']").click();
        waitForStatus("ajouté");
        WebElement marker = waitForMarker();
        Place added = stored();
        assertThat(added.getCommuneInsee()).isEqualTo(OwnTerritory.INSEE);
        assertThat(added.getLocation().getX()).isCloseTo(OwnTerritory.LON - 0.01, within(0.002));
        assertThat(added.getLocation().getY()).isCloseTo(OwnTerritory.LAT - 0.005, within(0.002));
        long version = added.getVersion();

        // Move: drag the marker 60 px right and 40 px down, then confirm.
        Map<?, ?> expected = (Map<?, ?>) browser.js("const m = window.allerVers.map;"
                + " const p = m.latLngToContainerPoint([arguments[0], arguments[1]]).add([60, 40]);"
                + " const at = m.containerPointToLatLng(p); return {lon: at.lng, lat: at.lat};",
                added.getLocation().getY(), added.getLocation().getX());
        new Actions(browser.driver()).clickAndHold(marker).pause(Duration.ofMillis(150)).moveByOffset(20, 10)
                .pause(Duration.ofMillis(150)).moveByOffset(40, 30).pause(Duration.ofMillis(300)).release().perform();
        browser.waitUntil("la confirmation du déplacement est proposée", WAIT,
                "return !document.getElementById('editeur-deplacement').hidden");
        browser.screenshot("editeur-deplacement");
        browser.find("#editeur-deplacement-ok").click();
        waitForStatus("déplacé");
        Place moved = stored();
        assertThat(moved.getVersion()).isEqualTo(version + 1);
        assertThat(pixelsBetween(moved, (Number) expected.get("lon"), (Number) expected.get("lat")))
                .as("écart en pixels entre le point enregistré et le point où le marqueur a été lâché").isLessThan(6);

        // Archive: from the marker's popup.
        waitForMarker().click();
        browser.waitUntil("la bulle du lieu propose « Archiver »", WAIT,
                "return [...document.querySelectorAll('.editor-popup button')].some(b => b.textContent === 'Archiver')");
        browser.findAll(".editor-popup button").stream().filter(b -> b.getText().equals("Archiver")).findFirst()
                .orElseThrow().click();
        waitForStatus("archivé");
        browser.waitUntil("le marqueur du lieu archivé a disparu", WAIT,
                "return document.querySelector(" + markerSelectorJs() + ") === null");
        assertThat(stored().isArchived()).isTrue();

        // Out of edit mode, the layer of places no longer shows it.
        browser.find("#editeur-mode").click();
        browser.waitUntil("la couche des lieux est redessinée sans le lieu archivé", WAIT,
                "return window.allerVers.layers.places.count() === 0"
                        + " && window.allerVers.map.hasLayer(window.allerVers.layers.places.group)");
        browser.screenshot("editeur-territoire");
        assertThat(browser.jsErrors()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void clickMapAt(double lon, double lat) {
        Map<?, ?> point = (Map<?, ?>) browser.js("const m = window.allerVers.map; const s = m.getSize();"
                + " const p = m.latLngToContainerPoint([arguments[0], arguments[1]]);"
                + " return {x: Math.round(p.x - s.x / 2), y: Math.round(p.y - s.y / 2)};", lat, lon);
        new Actions(browser.driver()).moveToElement(browser.find("#carte"), ((Number) point.get("x")).intValue(),
                ((Number) point.get("y")).intValue()).click().perform();
    }

    private WebElement waitForMarker() {
        browser.waitUntil("le marqueur « " + NAME + " » est sur la carte", WAIT,
                "return document.querySelector(" + markerSelectorJs() + ") !== null");
        return browser.find(".editor-marker[title='Lieu : " + NAME + "']");
    }

    private static String markerSelectorJs() {
        return "\".editor-marker[title='Lieu : " + NAME + "']\"";
    }

    private void waitForStatus(String word) {
        browser.waitUntil("le message de l'éditeur dit « " + word + " »", WAIT,
                "const s = document.getElementById('editeur-statut');"
                        + " return !s.hidden && s.dataset.kind === 'ok' && s.textContent.includes('" + word + "')");
    }

    private Place stored() {
        List<Place> named = places.findByConsortium(own.consortium()).stream()
                .filter(p -> p.getName().equals(NAME)).toList();
        assertThat(named).as("lieux « %s » du consortium", NAME).hasSize(1);
        return named.get(0);
    }

    private double pixelsBetween(Place place, Number lon, Number lat) {
        Object distance = browser.js("const m = window.allerVers.map;"
                + " return m.latLngToContainerPoint([arguments[0], arguments[1]])"
                + ".distanceTo(m.latLngToContainerPoint([arguments[2], arguments[3]]));",
                place.getLocation().getY(), place.getLocation().getX(), lat.doubleValue(), lon.doubleValue());
        return ((Number) distance).doubleValue();
    }
}
