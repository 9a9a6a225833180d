package fr.allervers.encounter;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.allervers.imports.ImportKind;
import fr.allervers.imports.ImportOptions;
import fr.allervers.imports.ImportReport;
import fr.allervers.imports.Importer;
import fr.allervers.imports.SourceRecord;
import fr.allervers.territory.Consortium;

/**
 * {@code POST /api/imports/encounters}: a CSV (or GeoJSON points) of encounters, read by the territory import's
 * readers, so the same formats and the same refusals apply, and nothing of a refused file is written. A field
 * account imports its own organisation's encounters only ({@link OrganisationScope}).
 */
@Component
class EncounterImporter implements Importer<EncounterDraft> {

    private final EncounterStore store;
    private final EncounterProperties properties;
    private final OrganisationScope scope;

    EncounterImporter(EncounterStore store, EncounterProperties properties, OrganisationScope scope) {
        this.scope = scope;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ENCOUNTERS;
    }

    @Override
    public String describe(SourceRecord record) {
        String date = record.text(EncounterReader.DATE);
        return date == null ? null : "rencontre du " + date;
    }

    /** Encounters have no natural key: identical lines are distinct encounters (see {@link EncounterStore}). */
    @Override
    public String key(EncounterDraft draft) {
        return Integer.toString(draft.number());
    }

    @Override
    public EncounterDraft parse(SourceRecord record, ImportOptions options) {
        return new EncounterReader(Instant.now(), properties.zone(), properties.retention()).read(record);
    }

    @Override
    public ImportReport save(List<EncounterDraft> drafts, Consortium consortium) {
        return store.save(drafts, consortium, EncounterSource.IMPORT, scope.onlyOrganisation());
    }
}
