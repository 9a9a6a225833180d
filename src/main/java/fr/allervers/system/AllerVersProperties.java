package fr.allervers.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything the service lets an operator tune, under {@code allervers.*}. */
@ConfigurationProperties("allervers")
public record AllerVersProperties(Demo demo, Imports imports, MapTiles map) {

    public AllerVersProperties {
        demo = demo == null ? new Demo(false) : demo;
        imports = imports == null ? new Imports(50L * 1024 * 1024, 1.0) : imports;
        map = map == null ? new MapTiles(null, null) : map;
    }

    /** The demo territory, loaded on first start of the embedded default. */
    public record Demo(boolean enabled) {
    }

    /**
     * @param maxBytes files above this size are refused with a clear message
     * @param maxRepairAreaChangePercent an invalid polygon is repaired only if its area changes less than this
     */
    public record Imports(long maxBytes, double maxRepairAreaChangePercent) {
    }

    /** The background map. Without a URL the map draws commune outlines only (offline, tests). */
    public record MapTiles(String tileUrl, String tileAttribution) {
    }
}
