package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Van;
import fr.allervers.territory.VanRepository;
import fr.allervers.territory.WeeklyHalfDays;

/** Vans: {@code ref;libelle;base;disponibilites}, the base being the ref of an imported place. */
@Component
class VanImporter extends ConsortiumOwnedImporter<VanImporter.Row, Van> {

    record Row(int number, String ref, String label, String baseRef, WeeklyHalfDays availability) implements RefRow {
    }

    private final VanRepository vans;
    private final PlaceRepository places;

    VanImporter(VanRepository vans, PlaceRepository places) {
        super(vans);
        this.vans = vans;
        this.places = places;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VANS;
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String ref = record.required("référence", Refs.MAX_LENGTH, Refs.REF);
        String label = record.required("libellé", 200, "libelle", "label", "nom");
        try {
            WeeklyHalfDays availability = WeeklyHalfDays.parse(record.text("disponibilites", "availability", "dispo"));
            return new Row(record.number(), ref, label, record.text("base", Refs.MAX_LENGTH, "base", "base_place", "lieu_base"), availability);
        } catch (IllegalArgumentException e) {
            throw record.reject("ref " + ref, e.getMessage());
        }
    }

    /** Every base must be a known place of the consortium, in use, checked before anything is written. */
    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Place> placesByRef = places.findByConsortium(consortium).stream()
                .collect(Collectors.toMap(Place::getRef, Function.identity()));
        List<Van> existing = vans.findByConsortiumOrderByRef(consortium);
        Set<String> archivedVans = existing.stream().filter(Van::isArchived).map(Van::getRef)
                .collect(Collectors.toSet());
        // A base archived since the last import is kept by the vans that already had it (re-importing the same file
        // changes nothing), but never given to a van anew.
        Map<String, String> currentBase = existing.stream()
                .filter(van -> van.getBasePlace() != null)
                .collect(Collectors.toMap(Van::getRef, van -> van.getBasePlace().getRef()));
        for (Row row : rows) {
            if (archivedVans.contains(row.ref())) {
                continue; // skipped when saved, whatever its base
            }
            if (row.baseRef() != null && !placesByRef.containsKey(row.baseRef())) {
                throw new ImportRejectedException(row.number(), "ref " + row.ref(),
                        "lieu de base inconnu : « " + row.baseRef() + " » (importez d'abord les lieux)");
            }
            if (row.baseRef() != null && placesByRef.get(row.baseRef()).isArchived()
                    && !row.baseRef().equals(currentBase.get(row.ref()))) {
                throw new ImportRejectedException(row.number(), "ref " + row.ref(),
                        "lieu de base archivé : « " + row.baseRef() + " » (restaurez-le dans l'éditeur ou choisissez"
                                + " une autre base)");
            }
        }
        return super.save(rows, consortium);
    }

    @Override
    List<Van> existing(Consortium consortium) {
        return vans.findByConsortiumOrderByRef(consortium);
    }

    @Override
    Van create(Consortium consortium, String ref) {
        return new Van(consortium, ref);
    }

    @Override
    boolean apply(Van entity, Row row, Consortium consortium) {
        Place base = row.baseRef() == null ? null : places.findByConsortiumAndRef(consortium, row.baseRef()).orElseThrow();
        return entity.update(row.label(), base, row.availability());
    }
}
