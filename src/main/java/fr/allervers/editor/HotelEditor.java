package fr.allervers.editor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.VisitingHours;

/**
 * 115 hotels: name, lon/lat (the commune is found from the point), capacity in households, visiting hours
 * ({@code 10:00-12:00 14:00-18:00}) and how often a maraude should see it, in days. Confidential: funders never
 * reach these endpoints and every read is audited (see {@link HotelController}).
 */
@Service
class HotelEditor extends ItemEditor<Hotel, HotelEditor.HotelView> {

    record HotelView(Long id, String ref, long version, String name, double lon, double lat, String communeInsee,
            int capacity, String visitingHours, Integer visitEveryDays,
            boolean archived, Instant archivedAt) implements ItemView {
    }

    private static final int MAX_CAPACITY = 10_000;

    private final HotelRepository hotels;

    HotelEditor(EditorContext context, HotelRepository hotels) {
        super(context, hotels);
        this.hotels = hotels;
    }

    @Override
    String noun() {
        return "l'hôtel";
    }

    @Override
    String refPrefix() {
        return "HOTEL";
    }

    @Override
    Optional<Hotel> find(long id, Consortium consortium) {
        return hotels.findByIdAndConsortium(id, consortium);
    }

    @Override
    List<Hotel> all(Consortium consortium) {
        return hotels.findByConsortium(consortium).stream()
                .sorted(Comparator.comparing(Hotel::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    Optional<Hotel> findByRef(Consortium consortium, String ref) {
        return hotels.findByConsortiumAndRef(consortium, ref);
    }

    @Override
    Hotel newItem(Consortium consortium, String ref) {
        return new Hotel(consortium, ref);
    }

    @Override
    void apply(Hotel hotel, EditorRequest request, Consortium consortium) {
        String name = request.requiredText("name", "le nom", 200);
        TerritoryPoints.Located at = points().locate(request, consortium);
        long capacity = request.whole("capacity").orElseThrow(() -> new InvalidFieldException("capacity",
                "la capacité en ménages est obligatoire (champ « capacity »)"));
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new InvalidFieldException("capacity", "la capacité doit être comprise entre 0 et " + MAX_CAPACITY
                    + " ménages (reçu " + capacity + ")");
        }
        VisitingHours hours = request.parsed("visitingHours", VisitingHours::parse).orElseGet(VisitingHours::daytime);
        Integer everyDays = request.whole("visitEveryDays").map(days -> {
            if (days <= 0 || days > 365) {
                throw new InvalidFieldException("visitEveryDays", "la fréquence de visite est un nombre de jours entre"
                        + " 1 et 365 (reçu " + days + ")");
            }
            return days.intValue();
        }).orElse(null);
        hotel.update(name, at.commune().getInsee(), (int) capacity, hours, everyDays, at.point());
    }

    @Override
    HotelView view(Hotel hotel) {
        return new HotelView(hotel.getId(), hotel.getRef(), hotel.getVersion(), hotel.getName(),
                hotel.getLocation().getX(), hotel.getLocation().getY(), hotel.getCommuneInsee(),
                hotel.getCapacityHouseholds(), hotel.getVisitingHours().canonical(), hotel.getVisitEveryDays(),
                hotel.isArchived(), hotel.getArchivedAt());
    }
}
