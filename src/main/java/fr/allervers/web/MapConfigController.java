package fr.allervers.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.system.AllerVersProperties;

/**
 * {@code GET /api/map-config}: what the browser needs to draw the background map. The tile layer is
 * configuration; without a URL the pages draw commune outlines as their base layer, so the map works offline.
 */
@RestController
class MapConfigController {

    record MapConfig(String tileUrl, String tileAttribution) {
    }

    private final AllerVersProperties properties;

    MapConfigController(AllerVersProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/map-config")
    MapConfig mapConfig() {
        var tiles = properties.map();
        return new MapConfig(blankToNull(tiles.tileUrl()), blankToNull(tiles.tileAttribution()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
