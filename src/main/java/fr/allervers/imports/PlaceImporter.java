package fr.allervers.imports;

import java.util.List;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.WeeklyHalfDays;

/** Places where a permanence can be held: {@code ref;nom;type;lon;lat;camion;ouverture[;insee]}. */
@Component
class PlaceImporter extends ConsortiumOwnedImporter<PlaceImporter.Row, Place> {

    record Row(String ref, String name, PlaceKind kind, String insee, boolean vanAccessible, WeeklyHalfDays opening,
            Point location) implements RefRow {
    }

    private final PlaceRepository places;
    private final PointLocations locations;

    PlaceImporter(PlaceRepository places, PointLocations locations) {
        super(places);
        this.places = places;
        this.locations = locations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PLACES;
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
    List<Place> existing(Consortium consortium) {
        return places.findByConsortium(consortium);
    }

    @Override
    Place create(Consortium consortium, String ref) {
        return new Place(consortium, ref);
    }

    @Override
    boolean apply(Place entity, Row row, Consortium consortium) {
        return entity.update(row.name(), row.kind(), row.insee(), row.vanAccessible(), row.opening(), row.location());
    }
}
