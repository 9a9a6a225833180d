package fr.allervers.imports;

import java.util.List;
import java.util.Map;
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
class VanImporter implements Importer<VanImporter.Row> {

    record Row(int number, String ref, String label, String baseRef, WeeklyHalfDays availability) {
    }

    private final VanRepository vans;
    private final PlaceRepository places;

    VanImporter(VanRepository vans, PlaceRepository places) {
        this.vans = vans;
        this.places = places;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VANS;
    }

    @Override
    public String describe(SourceRecord record) {
        String ref = record.text(Refs.REF);
        return ref == null ? null : "ref " + ref;
    }

    @Override
    public String key(Row row) {
        return row.ref();
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String ref = record.required("référence", Refs.REF);
        String label = record.required("libellé", "libelle", "label", "nom");
        try {
            WeeklyHalfDays availability = WeeklyHalfDays.parse(record.text("disponibilites", "availability", "dispo"));
            return new Row(record.number(), ref, label, record.text("base", "base_place", "lieu_base"), availability);
        } catch (IllegalArgumentException e) {
            throw record.reject("ref " + ref, e.getMessage());
        }
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Van> existing = vans.findByConsortiumOrderByRef(consortium).stream()
                .collect(Collectors.toMap(Van::getRef, Function.identity()));
        Map<String, Place> placesByRef = places.findByConsortium(consortium).stream()
                .collect(Collectors.toMap(Place::getRef, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Place base = null;
            if (row.baseRef() != null) {
                base = placesByRef.get(row.baseRef());
                if (base == null) {
                    throw new ImportRejectedException(row.number(), "ref " + row.ref(),
                            "lieu de base inconnu : « " + row.baseRef() + " » (importez d'abord les lieux)");
                }
            }
            Van van = existing.get(row.ref());
            boolean isNew = van == null;
            if (isNew) {
                van = new Van(consortium, row.ref());
            }
            boolean changed = van.update(row.label(), base, row.availability());
            if (isNew) {
                vans.save(van);
            }
            tally.record(isNew, changed);
        }
        return tally.report();
    }
}
