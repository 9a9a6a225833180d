package fr.allervers.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything the service lets an operator tune, under {@code allervers.*}. */
@ConfigurationProperties("allervers")
public record AllerVersProperties(Demo demo, Imports imports, MapTiles map, Requests requests) {

    public AllerVersProperties {
        demo = demo == null ? new Demo(false) : demo;
        imports = imports == null ? new Imports(null, null, null, null, null, null) : imports;
        map = map == null ? new MapTiles(null, null) : map;
        requests = requests == null ? new Requests(null) : requests;
    }

    /** The demo territory, loaded on first start of the embedded default. */
    public record Demo(boolean enabled) {
    }

    /**
     * Bounds on one import, so that no file can hold the service for minutes or exhaust its memory. Every refusal
     * names the limit.
     *
     * @param maxBytes files above this size are refused (413) before they are read
     * @param maxRepairAreaChangePercent an invalid polygon is repaired only if its area changes less than this
     * @param maxRows files with more rows or features are refused (400)
     * @param maxVerticesPerFeature a polygon with more points is refused before it is checked or repaired
     * @param maxVertices files with more polygon points in all are refused
     * @param maxConcurrent imports read at the same time; a further one is refused (503) until one ends
     */
    public record Imports(Long maxBytes, Double maxRepairAreaChangePercent, Integer maxRows,
            Integer maxVerticesPerFeature, Integer maxVertices, Integer maxConcurrent) {

        public Imports {
            maxBytes = maxBytes == null ? 50L * 1024 * 1024 : maxBytes;
            maxRepairAreaChangePercent = maxRepairAreaChangePercent == null ? 1.0 : maxRepairAreaChangePercent;
            maxRows = maxRows == null ? 200_000 : maxRows;
            maxVerticesPerFeature = maxVerticesPerFeature == null ? 50_000 : maxVerticesPerFeature;
            maxVertices = maxVertices == null ? 5_000_000 : maxVertices;
            maxConcurrent = maxConcurrent == null ? 2 : maxConcurrent;
        }
    }

    /**
     * Bounds on every request.
     *
     * @param maxBodyBytes the largest body of a request that is not a file upload (JSON of the API); larger → 413
     */
    public record Requests(Long maxBodyBytes) {

        public Requests {
            maxBodyBytes = maxBodyBytes == null ? 2L * 1024 * 1024 : maxBodyBytes;
        }
    }

    /** The background map. Without a URL the map draws commune outlines only (offline, tests). */
    public record MapTiles(String tileUrl, String tileAttribution) {
    }
}
