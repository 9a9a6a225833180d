package fr.allervers.permanence.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One possible permanence: a van (or a fixed team, {@code van == null}) during one slot. The solver decides the
 * place; {@code place == null} means the van or team stays off that half-day. The professionals are in
 * {@link Seat}s, one per required role.
 */
@PlanningEntity
public class Permanence {

    @PlanningId
    private long id;
    private Slot slot;
    private Vehicle van;
    private List<CandidatePlace> candidatePlaces;
    private CandidatePlace previousPlace;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidatePlaces", nullable = true)
    private CandidatePlace place;

    // Used by the solution cloner.
    protected Permanence() {
    }

    /**
     * @param candidatePlaces places open during the slot (and van-accessible for a van): the solver only tries
     *                        these, the hard rules still check any place set by hand
     */
    public Permanence(long id, Slot slot, Vehicle van, List<CandidatePlace> candidatePlaces) {
        this.id = id;
        this.slot = slot;
        this.van = van;
        this.candidatePlaces = List.copyOf(candidatePlaces);
    }

    @ValueRangeProvider(id = "candidatePlaces")
    public List<CandidatePlace> getCandidatePlaces() {
        return candidatePlaces;
    }

    public boolean isHeld() {
        return place != null;
    }

    public boolean isMobile() {
        return van != null;
    }

    /** Only meaningful when held. */
    public String communeInsee() {
        return place.communeInsee();
    }

    public long getId() {
        return id;
    }

    public Slot getSlot() {
        return slot;
    }

    public Vehicle getVan() {
        return van;
    }

    public CandidatePlace getPlace() {
        return place;
    }

    public void setPlace(CandidatePlace place) {
        this.place = place;
    }

    public CandidatePlace getPreviousPlace() {
        return previousPlace;
    }

    public void setPreviousPlace(CandidatePlace previousPlace) {
        this.previousPlace = previousPlace;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return slot.date() + " " + slot.halfDay() + " " + (van == null ? "fixe" : van.label()) + " @ " + place;
    }
}
