package fr.allervers.imports;

import java.util.ArrayList;
import java.util.List;

/** Counts created, updated, unchanged and skipped records while an importer writes. */
final class Tally {

    private int created;
    private int updated;
    private int unchanged;
    private final List<ImportReport.Repair> repaired = new ArrayList<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();

    void record(boolean isNew, boolean changed) {
        if (isNew) {
            created++;
        } else if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    void repaired(ImportReport.Repair repair) {
        repaired.add(repair);
    }

    void skipped(String key, String reason) {
        skipped.add(new ImportReport.Skipped(key, reason));
    }

    ImportReport report() {
        return new ImportReport(created, updated, unchanged, repaired, skipped);
    }
}
