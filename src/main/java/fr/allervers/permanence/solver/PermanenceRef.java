package fr.allervers.permanence.solver;

import java.util.List;

import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Slot;

/**
 * A snapshot of a held permanence inside a justification: justifications must stay readable after the solver has
 * moved on, so they copy the few values the explanation needs instead of pointing at the mutable entity.
 */
public record PermanenceRef(long permanenceId, Slot slot, String vanLabel, long placeId, String placeName,
                            String communeInsee) {

    public static PermanenceRef of(Permanence permanence) {
        return of(permanence, permanence.getPlace());
    }

    /** With another place than the current one, e.g. the previous plan's place of a cancelled permanence. */
    public static PermanenceRef of(Permanence permanence, CandidatePlace place) {
        return new PermanenceRef(permanence.getId(), permanence.getSlot(),
                permanence.isMobile() ? permanence.getVan().label() : null,
                place.id(), place.name(), place.communeInsee());
    }

    static List<PermanenceRef> of(List<Permanence> permanences) {
        return permanences.stream().map(PermanenceRef::of).toList();
    }

    /** "jeudi 5 mars matin à Place de la Mairie" */
    String inFrench() {
        return FrenchText.slot(slot) + " à " + placeName;
    }
}
