package fr.allervers.imports;

import java.util.List;

/**
 * What an import did: the response body of {@code POST /api/imports/{kind}}. {@code skipped} lists the rows left
 * alone on purpose, such as items archived in the editor, which an import never brings back.
 */
public record ImportReport(int created, int updated, int unchanged, List<Repair> repaired, List<Skipped> skipped) {

    /** An invalid polygon that was made valid, so that the user knows which outline to check. */
    public record Repair(int feature, String key, String reason, double areaChangePercent) {
    }

    /** A row that was read but not written, e.g. {@code ("ref SF-PLACE", "archivé, ignoré")}. */
    public record Skipped(String key, String reason) {
    }

    public static final String ARCHIVED = "archivé, ignoré";

    public ImportReport {
        repaired = List.copyOf(repaired);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(int created, int updated, int unchanged, List<Repair> repaired) {
        this(created, updated, unchanged, repaired, List.of());
    }
}
