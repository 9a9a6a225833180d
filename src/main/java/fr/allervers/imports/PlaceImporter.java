package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.WeeklyHalfDays;

/** Places where a permanence can be held: {@code ref;nom;type;lon;lat;camion;ouverture[;insee]}. */
@Component
class PlaceImporter implements Importer<PlaceImporter.Row> {

    record Row(String ref, String name, PlaceKind kind, String insee, boolean vanAccessible, WeeklyHalfDays opening,
            Point location) {
    }

    private final PlaceRepository places;
    private final PointLocations locations;

    PlaceImporter(PlaceRepository places, PointLocations locations) {
        this.places = places;
        this.locations = locations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PLACES;
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
        String name = record.required("nom", "nom", "name", "libelle");
        Point location = locations.point(record, "ref " + ref);
        try {
            PlaceKind kind = PlaceKind.parse(record.required("type de lieu", "type", "kind", "categorie"));
            boolean van = PointLocations.yes(record.text("camion", "van", "van_accessible", "stationnement_camion"),
                    kind == PlaceKind.PUBLIC_SQUARE || kind == PlaceKind.MARKET);
            WeeklyHalfDays opening = WeeklyHalfDays.parse(record.text("ouverture", "opening", "jours"));
            return new Row(ref, name, kind, locations.communeOf(record, location), van, opening, location);
        } catch (IllegalArgumentException e) {
            throw record.reject("ref " + ref, e.getMessage());
        }
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Place> existing = places.findByConsortium(consortium).stream()
                .collect(Collectors.toMap(Place::getRef, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Place place = existing.get(row.ref());
            boolean isNew = place == null;
            if (isNew) {
                place = new Place(consortium, row.ref());
            }
            boolean changed = place.update(row.name(), row.kind(), row.insee(), row.vanAccessible(), row.opening(),
                    row.location());
            if (isNew) {
                places.save(place);
            }
            tally.record(isNew, changed);
        }
        return tally.report();
    }
}
