package fr.allervers.editor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Van;
import fr.allervers.territory.VanRepository;
import fr.allervers.territory.WeeklyHalfDays;

/** The consortium's vans: a label, the place it is based at (one of the places in use) and its weekly availability. */
@Service
class VanEditor extends ItemEditor<Van, VanEditor.VanView> {

    record VanView(Long id, String ref, long version, String label, Long basePlaceId, String basePlace,
            String availability, boolean archived, Instant archivedAt) implements ItemView {
    }

    private final VanRepository vans;
    private final PlaceRepository places;

    VanEditor(EditorContext context, VanRepository vans, PlaceRepository places) {
        super(context, vans);
        this.vans = vans;
        this.places = places;
    }

    @Override
    String noun() {
        return "le camion";
    }

    @Override
    String refPrefix() {
        return "CAMION";
    }

    @Override
    Optional<Van> find(long id, Consortium consortium) {
        return vans.findByIdAndConsortium(id, consortium);
    }

    @Override
    List<Van> all(Consortium consortium) {
        return vans.findByConsortiumOrderByRef(consortium);
    }

    @Override
    Optional<Van> findByRef(Consortium consortium, String ref) {
        return vans.findByConsortiumAndRef(consortium, ref);
    }

    @Override
    Van newItem(Consortium consortium, String ref) {
        return new Van(consortium, ref);
    }

    @Override
    void apply(Van van, EditorRequest request, Consortium consortium) {
        String label = request.requiredText("label", "le libellé", 200);
        Place base = request.whole("basePlaceId").map(id -> base(id, van, consortium)).orElse(null);
        WeeklyHalfDays availability = request.parsed("availability", WeeklyHalfDays::parse)
                .orElseGet(WeeklyHalfDays::workingWeek);
        van.update(label, base, availability);
    }

    /** A place of the consortium in use; the base it already has may have been archived since, and stays. */
    private Place base(long id, Van van, Consortium consortium) {
        Place place = places.findByIdAndConsortium(id, consortium).orElseThrow(() -> new InvalidFieldException(
                "basePlaceId", "lieu de base " + id + " inconnu dans votre consortium"));
        boolean unchanged = van.getBasePlace() != null && van.getBasePlace().getId().equals(place.getId());
        if (place.isArchived() && !unchanged) {
            throw new InvalidFieldException("basePlaceId", "le lieu « " + place.getName() + " » est archivé : choisissez"
                    + " un lieu en service comme base");
        }
        return place;
    }

    @Override
    VanView view(Van van) {
        Place base = van.getBasePlace();
        return new VanView(van.getId(), van.getRef(), van.getVersion(), van.getLabel(),
                base == null ? null : base.getId(), base == null ? null : base.getName(),
                van.getAvailability().canonical(), van.isArchived(), van.getArchivedAt());
    }
}
