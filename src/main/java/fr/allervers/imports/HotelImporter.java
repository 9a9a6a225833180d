package fr.allervers.imports;

import java.util.List;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.VisitingHours;

/** 115 hotels: {@code ref;nom;lon;lat;capacite;horaires;frequence_jours[;insee]}. Confidential data. */
@Component
class HotelImporter extends ConsortiumOwnedImporter<HotelImporter.Row, Hotel> {

    record Row(String ref, String name, String insee, int capacity, VisitingHours hours, Integer everyDays,
            Point location) implements RefRow {
    }

    private final HotelRepository hotels;
    private final PointLocations locations;

    HotelImporter(HotelRepository hotels, PointLocations locations) {
        super(hotels);
        this.hotels = hotels;
        this.locations = locations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HOTELS;
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String ref = record.required("référence", Refs.MAX_LENGTH, Refs.REF);
        String key = "ref " + ref;
        String name = record.required("nom", 200, "nom", "name");
        Point location = locations.point(record, key);
        Integer capacity = record.integer("capacité", "capacite", "capacity", "capacite_menages", "menages");
        if (capacity == null || capacity < 0) {
            throw record.reject(key, "capacité en ménages manquante ou négative (colonne capacite)");
        }
        Integer everyDays = record.integer("fréquence de visite", "frequence_jours", "visit_every_days", "frequence");
        if (everyDays != null && everyDays <= 0) {
            throw record.reject(key, "la fréquence de visite doit être un nombre de jours positif");
        }
        try {
            VisitingHours hours = VisitingHours.parse(record.text("horaires", "visiting_hours", "heures_visite"));
            return new Row(ref, name, locations.communeOf(record, location, options), capacity, hours, everyDays, location);
        } catch (IllegalArgumentException e) {
            throw record.reject(key, e.getMessage());
        }
    }

    @Override
    List<Hotel> existing(Consortium consortium) {
        return hotels.findByConsortium(consortium);
    }

    @Override
    Hotel create(Consortium consortium, String ref) {
        return new Hotel(consortium, ref);
    }

    @Override
    boolean apply(Hotel entity, Row row, Consortium consortium) {
        return entity.update(row.name(), row.insee(), row.capacity(), row.hours(), row.everyDays(), row.location());
    }
}
