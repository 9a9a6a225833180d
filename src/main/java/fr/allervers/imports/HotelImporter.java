package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.VisitingHours;

/** 115 hotels: {@code ref;nom;lon;lat;capacite;horaires;frequence_jours[;insee]}. Confidential data. */
@Component
class HotelImporter implements Importer<HotelImporter.Row> {

    record Row(String ref, String name, String insee, int capacity, VisitingHours hours, Integer everyDays,
            Point location) {
    }

    private final HotelRepository hotels;
    private final PointLocations locations;

    HotelImporter(HotelRepository hotels, PointLocations locations) {
        this.hotels = hotels;
        this.locations = locations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HOTELS;
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
        String key = "ref " + ref;
        String name = record.required("nom", "nom", "name");
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
            return new Row(ref, name, locations.communeOf(record, location), capacity, hours, everyDays, location);
        } catch (IllegalArgumentException e) {
            throw record.reject(key, e.getMessage());
        }
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Hotel> existing = hotels.findByConsortium(consortium).stream()
                .collect(Collectors.toMap(Hotel::getRef, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Hotel hotel = existing.get(row.ref());
            boolean isNew = hotel == null;
            if (isNew) {
                hotel = new Hotel(consortium, row.ref());
            }
            boolean changed = hotel.update(row.name(), row.insee(), row.capacity(), row.hours(), row.everyDays(),
                    row.location());
            if (isNew) {
                hotels.save(hotel);
            }
            tally.record(isNew, changed);
        }
        return tally.report();
    }
}
