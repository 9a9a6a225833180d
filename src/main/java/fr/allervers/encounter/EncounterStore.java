package fr.allervers.encounter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.system.Sha256;
import fr.allervers.geo.MetricGrid;
import fr.allervers.imports.ImportRejectedException;
import fr.allervers.imports.ImportReport;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Stores checked encounters for one consortium, in the caller's transaction: resolves the organisation, the
 * commune and the metric coordinates (Lambert-93, or the overseas territory's grid), skips what is already stored
 * and keeps the monthly counts up to date.
 *
 * <p>Sending the same encounters again stores nothing new: each one is identified by a hash of what was recorded
 * and of how many identical ones came before it in the same batch. So a file with two identical lines (two people
 * met separately the same day, at the same place) stores two, and importing that file again stores none.
 */
@Service
public class EncounterStore {

    private static final int IN_CHUNK = 500;

    private final EncounterRepository encounters;
    private final EncounterMonthRepository months;
    private final OrganisationRepository organisations;
    private final CommuneLocator communes;
    private final EntityManager entityManager;
    private final ZoneId zone;

    EncounterStore(EncounterRepository encounters, EncounterMonthRepository months,
            OrganisationRepository organisations, CommuneLocator communes, EntityManager entityManager,
            EncounterProperties properties) {
        this.encounters = encounters;
        this.months = months;
        this.organisations = organisations;
        this.communes = communes;
        this.entityManager = entityManager;
        this.zone = properties.zone();
    }

    /** For the demo loader: any organisation of the consortium. */
    @Transactional(rollbackFor = Exception.class)
    public ImportReport save(List<EncounterDraft> drafts, Consortium consortium, EncounterSource source) {
        return save(drafts, consortium, source, null);
    }

    /**
     * @param onlyOrganisation the one organisation the drafts may name (a field account's own), null for any of the
     *        consortium's; another one refuses the whole request before anything is written
     */
    @Transactional(rollbackFor = Exception.class)
    ImportReport save(List<EncounterDraft> drafts, Consortium consortium, EncounterSource source,
            Organisation onlyOrganisation) {
        Map<EncounterDraft, Organisation> organisationOf = resolveOrganisations(drafts, consortium);
        requireOnly(onlyOrganisation, organisationOf);
        lockEncountersOf(consortium);
        Map<String, EncounterDraft> byFingerprint = fingerprints(drafts, organisationOf);
        Set<String> existing = existing(consortium, byFingerprint.keySet());
        List<Map.Entry<String, EncounterDraft>> fresh = byFingerprint.entrySet().stream()
                .filter(entry -> !existing.contains(entry.getKey())).toList();
        List<String> insees = communes.communesOf(fresh.stream().map(entry -> entry.getValue().location()).toList());
        Map<EncounterMonth.Key, Integer> encountersPerMonth = new LinkedHashMap<>();
        Map<EncounterMonth.Key, Integer> peoplePerMonth = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            EncounterDraft draft = fresh.get(i).getValue();
            MetricGrid grid = MetricGrid.at(draft.location());
            encounters.save(new Encounter(consortium, organisationOf.get(draft), draft, insees.get(i), grid,
                    grid.toMetric(draft.location()).getCoordinate(), source, fresh.get(i).getKey()));
            EncounterMonth.Key key = new EncounterMonth.Key(consortium.getId(), monthOf(draft),
                    insees.get(i) == null ? "" : insees.get(i), draft.category(), draft.outcome());
            encountersPerMonth.merge(key, 1, Integer::sum);
            peoplePerMonth.merge(key, draft.people(), Integer::sum);
        }
        addToMonths(encountersPerMonth, peoplePerMonth);
        entityManager.flush();
        return new ImportReport(fresh.size(), 0, drafts.size() - fresh.size(), List.of());
    }

    /**
     * Takes back one encounter recorded by mistake, found by what was sent (the same fingerprint as when it was
     * stored), and its share of the monthly counts. @return false when no such encounter is stored (never sent,
     * already taken back, or purged)
     * @param onlyOrganisation as for {@link #save(List, Consortium, EncounterSource, Organisation)}
     */
    @Transactional(rollbackFor = Exception.class)
    boolean retract(EncounterDraft draft, Consortium consortium, Organisation onlyOrganisation) {
        Map<EncounterDraft, Organisation> organisationOf = resolveOrganisations(List.of(draft), consortium);
        requireOnly(onlyOrganisation, organisationOf); // refused whether or not it is stored: nothing to learn
        lockEncountersOf(consortium);
        String fingerprint = fingerprints(List.of(draft), organisationOf).keySet().iterator().next();
        Optional<Encounter> stored = encounters.findByConsortiumAndFingerprint(consortium, fingerprint);
        if (stored.isEmpty()) {
            return false;
        }
        Encounter encounter = stored.get();
        EncounterMonth.Key key = new EncounterMonth.Key(consortium.getId(), monthOf(draft),
                encounter.getCommuneInsee() == null ? "" : encounter.getCommuneInsee(), draft.category(),
                draft.outcome());
        months.findById(key).ifPresent(month -> {
            month.add(-1, -encounter.getPeople());
            if (month.getEncounters() <= 0) {
                months.delete(month);
            }
        });
        encounters.delete(encounter);
        entityManager.flush();
        return true;
    }

    /**
     * Writes of one consortium's encounters take turns. A phone resending its outbox after a reconnect may send the
     * same encounters twice at once: without this, both requests would find none stored, both would insert, and the
     * second would fail on the unique fingerprint (and the monthly counts could lose an update). Held until the
     * transaction ends; the second request then sees the first one's encounters and stores nothing again.
     */
    private void lockEncountersOf(Consortium consortium) {
        entityManager.find(Consortium.class, consortium.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private LocalDate monthOf(EncounterDraft draft) {
        return draft.metAt().atZone(zone).toLocalDate().withDayOfMonth(1);
    }

    private void addToMonths(Map<EncounterMonth.Key, Integer> counts, Map<EncounterMonth.Key, Integer> people) {
        Map<EncounterMonth.Key, EncounterMonth> stored = new HashMap<>();
        months.findAllById(counts.keySet()).forEach(month -> stored.put(month.getKey(), month));
        counts.forEach((key, count) -> {
            EncounterMonth month = stored.computeIfAbsent(key, k -> months.save(new EncounterMonth(k)));
            month.add(count, people.get(key));
        });
    }

    private static void requireOnly(Organisation only, Map<EncounterDraft, Organisation> organisationOf) {
        if (only == null) {
            return;
        }
        organisationOf.entrySet().stream().filter(entry -> !entry.getValue().getId().equals(only.getId()))
                .map(Map.Entry::getKey).min(java.util.Comparator.comparingInt(EncounterDraft::number))
                .ifPresent(draft -> {
                    throw new OtherOrganisationException(draft.number(), "la structure « "
                            + organisationOf.get(draft).getName() + " » n'est pas la vôtre : un compte de terrain"
                            + " n'enregistre et n'annule que les rencontres de sa structure (« " + only.getName()
                            + " »)");
                });
    }

    private Map<EncounterDraft, Organisation> resolveOrganisations(List<EncounterDraft> drafts, Consortium consortium) {
        Map<String, Organisation> byKey = new HashMap<>();
        for (Organisation organisation : organisations.findByConsortiumOrderByName(consortium)) {
            byKey.put(organisation.getId().toString(), organisation);
            byKey.put(organisation.getName().trim().toLowerCase(Locale.ROOT), organisation);
        }
        Map<EncounterDraft, Organisation> result = new HashMap<>();
        for (EncounterDraft draft : drafts) {
            Organisation organisation = byKey.get(draft.organisation().trim().toLowerCase(Locale.ROOT));
            if (organisation == null) {
                throw new ImportRejectedException(draft.number(), null, "structure inconnue dans le consortium : « "
                        + draft.organisation() + " » (identifiant ou nom exact d'une structure membre)");
            }
            result.put(draft, organisation);
        }
        return result;
    }

    private static Map<String, EncounterDraft> fingerprints(List<EncounterDraft> drafts,
            Map<EncounterDraft, Organisation> organisationOf) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, EncounterDraft> result = new LinkedHashMap<>();
        for (EncounterDraft draft : drafts) {
            String content = String.join("|", draft.metAt().toString(),
                    String.format(Locale.ROOT, "%.6f,%.6f", draft.location().getX(), draft.location().getY()),
                    organisationOf.get(draft).getId().toString(), draft.context().name(),
                    String.valueOf(draft.contextId()), draft.category().name(), draft.outcome().name(),
                    String.valueOf(draft.partner()), Integer.toString(draft.people()));
            int occurrence = seen.merge(content, 1, Integer::sum);
            result.put(Sha256.hex(content + "#" + occurrence), draft);
        }
        return result;
    }

    private Set<String> existing(Consortium consortium, Set<String> fingerprints) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(fingerprints);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(encounters.findExistingFingerprints(consortium,
                    all.subList(from, Math.min(all.size(), from + IN_CHUNK))));
        }
        return found;
    }
}
