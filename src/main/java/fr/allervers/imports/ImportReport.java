package fr.allervers.imports;

import java.util.List;

/** What an import did: the response body of {@code POST /api/imports/{kind}}. */
public record ImportReport(int created, int updated, int unchanged, List<Repair> repaired) {

    /** An invalid polygon that was made valid, so that the user knows which outline to check. */
    public record Repair(int feature, String key, String reason, double areaChangePercent) {
    }

    public ImportReport {
        repaired = List.copyOf(repaired);
    }
}
