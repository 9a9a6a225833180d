package fr.allervers.encounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.imports.ImportRejectedException;
import fr.allervers.imports.ImportReport;
import fr.allervers.imports.SourceRecord;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;

/** Records encounters sent by the field (one or many at once) and reads the monthly counts back. */
@Service
public class EncounterService {

    /** One line of the monthly report, with French labels beside the codes for people reading the export. */
    public record MonthlyCount(YearMonth month, String insee, EncounterCategory category, String categoryLabel,
            EncounterOutcome outcome, String outcomeLabel, int encounters, int people) {
    }

    private final EncounterStore store;
    private final EncounterMonthRepository months;
    private final EncounterProperties properties;
    private final CurrentConsortium currentConsortium;
    private final OrganisationScope scope;

    EncounterService(EncounterStore store, EncounterMonthRepository months, EncounterProperties properties,
            CurrentConsortium currentConsortium, OrganisationScope scope) {
        this.scope = scope;
        this.store = store;
        this.months = months;
        this.properties = properties;
        this.currentConsortium = currentConsortium;
    }

    /**
     * Every record is checked before anything is written: one bad record refuses the whole request, and so does one
     * of another organisation than a field account's own (403).
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportReport record(List<SourceRecord> records) {
        if (records.isEmpty()) {
            throw ImportRejectedException.wholeFile("aucune rencontre dans la requête");
        }
        EncounterReader reader = new EncounterReader(Instant.now(), properties.zone(), properties.retention());
        List<EncounterDraft> drafts = records.stream().map(reader::read).toList();
        return store.save(drafts, currentConsortium.get(), EncounterSource.API, scope.onlyOrganisation());
    }

    /** Takes back one encounter, sent again exactly as it was recorded; a field account, its organisation's only. */
    @Transactional(rollbackFor = Exception.class)
    public void retract(SourceRecord record) {
        EncounterReader reader = new EncounterReader(Instant.now(), properties.zone(), properties.retention());
        if (!store.retract(reader.read(record), currentConsortium.get(), scope.onlyOrganisation())) {
            throw new java.util.NoSuchElementException("rencontre introuvable : elle n'a pas été enregistrée, ou elle"
                    + " a déjà été annulée");
        }
    }

    @Transactional(readOnly = true)
    public List<MonthlyCount> monthly(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("période vide : « from » (" + from + ") est après « to » (" + to + ")");
        }
        Consortium consortium = currentConsortium.get();
        LocalDate first = from.atDay(1);
        LocalDate last = to.atDay(1);
        return months.findMonths(consortium.getId(), first, last).stream()
                .map(m -> new MonthlyCount(YearMonth.from(m.getKey().monthStart()), m.getKey().communeInsee(),
                        m.getKey().category(), m.getKey().category().label(), m.getKey().outcome(),
                        m.getKey().outcome().label(), m.getEncounters(), m.getPeople()))
                .toList();
    }
}
