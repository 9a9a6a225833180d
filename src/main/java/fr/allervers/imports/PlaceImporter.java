package fr.allervers.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.WeeklyHalfDays;
import fr.allervers.system.DateRange;

/**
 * Places where a permanence can be held: {@code ref;nom;type;lon;lat;camion;ouverture[;insee][;du;au]}, with
 * {@code du}/{@code au} for a temporary place (ISO or dd/MM/yyyy dates, both included, either may be empty).
 */
@Component
class PlaceImporter extends ConsortiumOwnedImporter<PlaceImporter.Row, Place> {

    record Row(String ref, String name, PlaceKind kind, String insee, boolean vanAccessible, WeeklyHalfDays opening,
            Point location, LocalDate availableFrom, LocalDate availableTo) implements RefRow {
    }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

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
        String ref = record.required("référence", Refs.MAX_LENGTH, Refs.REF);
        String name = record.required("nom", 200, "nom", "name", "libelle");
        Point location = locations.point(record, "ref " + ref);
        try {
            PlaceKind kind = PlaceKind.parse(record.required("type de lieu", "type", "kind", "categorie"));
            boolean van = PointLocations.yes(record.text("camion", "van", "van_accessible", "stationnement_camion"),
                    kind == PlaceKind.PUBLIC_SQUARE || kind == PlaceKind.MARKET);
            WeeklyHalfDays opening = WeeklyHalfDays.parse(record.text("ouverture", "opening", "jours"));
            LocalDate from = date(record.text("du", "from", "debut", "date_debut", "available_from"), "du");
            LocalDate to = date(record.text("au", "to", "fin", "date_fin", "available_to"), "au");
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("« du » (" + from + ") est après « au » (" + to + ")");
            }
            return new Row(ref, name, kind, locations.communeOf(record, location, options), van, opening, location, from, to);
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
        boolean changed = entity.update(row.name(), row.kind(), row.insee(), row.vanAccessible(), row.opening(),
                row.location());
        return entity.availableBetween(row.availableFrom(), row.availableTo()) || changed;
    }

    private static LocalDate date(String text, String column) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return DateRange.check(value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value),
                    column);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date « " + column + " » illisible : « " + text
                    + " » (exemples : 2026-12-01, 01/12/2026)");
        }
    }
}
