package fr.allervers.editor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.WeeklyHalfDays;

/**
 * Places where a permanence can be held. The fields are the import's columns: name, kind (code or French label),
 * lon/lat (the commune is found from the point), van access (by default yes for squares and markets), opening
 * half-days written as in the CSV ({@code lun-ven}, {@code mar-am jeu-pm}) and optional temporary dates.
 */
@Service
class PlaceEditor extends ItemEditor<Place, PlaceEditor.PlaceView> {

    record PlaceView(Long id, String ref, long version, String name, PlaceKind kind, String kindLabel, double lon,
            double lat, String communeInsee, boolean vanAccess, String opening, LocalDate from, LocalDate to,
            boolean archived, Instant archivedAt) implements ItemView {
    }

    private final PlaceRepository places;

    PlaceEditor(EditorContext context, PlaceRepository places) {
        super(context, places);
        this.places = places;
    }

    @Override
    String noun() {
        return "le lieu";
    }

    @Override
    String refPrefix() {
        return "LIEU";
    }

    @Override
    Optional<Place> find(long id, Consortium consortium) {
        return places.findByIdAndConsortium(id, consortium);
    }

    @Override
    List<Place> all(Consortium consortium) {
        return places.findByConsortium(consortium).stream()
                .sorted(Comparator.comparing(Place::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    Optional<Place> findByRef(Consortium consortium, String ref) {
        return places.findByConsortiumAndRef(consortium, ref);
    }

    @Override
    Place newItem(Consortium consortium, String ref) {
        return new Place(consortium, ref);
    }

    @Override
    void apply(Place place, EditorRequest request, Consortium consortium) {
        String name = request.requiredText("name", "le nom", 200);
        PlaceKind kind = request.parsed("kind", PlaceKind::parse).orElseThrow(() -> new InvalidFieldException("kind",
                "le type de lieu est obligatoire (champ « kind » : place publique, marché, centre social, accueil de"
                        + " jour, autre)"));
        TerritoryPoints.Located at = points().locate(request, consortium);
        boolean vanAccess = request.bool("vanAccess")
                .orElse(kind == PlaceKind.PUBLIC_SQUARE || kind == PlaceKind.MARKET);
        WeeklyHalfDays opening = request.parsed("opening", WeeklyHalfDays::parse).orElseGet(WeeklyHalfDays::workingWeek);
        LocalDate from = request.date("from").orElse(null);
        LocalDate to = request.date("to").orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFieldException("to", "« au » (" + to + ") est avant « du » (" + from + ")");
        }
        place.update(name, kind, at.commune().getInsee(), vanAccess, opening, at.point());
        place.availableBetween(from, to);
    }

    @Override
    PlaceView view(Place place) {
        return new PlaceView(place.getId(), place.getRef(), place.getVersion(), place.getName(), place.getKind(),
                place.getKind().label(), place.getLocation().getX(), place.getLocation().getY(),
                place.getCommuneInsee(), place.isVanAccessible(), place.getOpening().canonical(),
                place.getAvailableFrom(), place.getAvailableTo(), place.isArchived(), place.getArchivedAt());
    }
}
