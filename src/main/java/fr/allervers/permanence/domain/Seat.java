package fr.allervers.permanence.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The place of one professional of a given role in a {@link Permanence}. A seat only counts when its permanence is
 * held; {@code staff == null} on a held permanence breaks the pair rule.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private long id;
    private long permanenceId;
    private Slot slot;
    private Profession role;
    private List<Worker> candidateStaff;
    private Worker previousStaff;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidateStaff", nullable = true)
    private Worker staff;

    protected Seat() {
    }

    /** @param candidateStaff people of this role available during the slot: the only values the solver tries */
    public Seat(long id, Permanence permanence, Profession role, List<Worker> candidateStaff) {
        this.id = id;
        this.permanenceId = permanence.getId();
        this.slot = permanence.getSlot();
        this.role = role;
        this.candidateStaff = List.copyOf(candidateStaff);
    }

    @ValueRangeProvider(id = "candidateStaff")
    public List<Worker> getCandidateStaff() {
        return candidateStaff;
    }

    public long getId() {
        return id;
    }

    public long getPermanenceId() {
        return permanenceId;
    }

    public Slot getSlot() {
        return slot;
    }

    public Profession getRole() {
        return role;
    }

    public Worker getStaff() {
        return staff;
    }

    public void setStaff(Worker staff) {
        this.staff = staff;
    }

    public Worker getPreviousStaff() {
        return previousStaff;
    }

    public void setPreviousStaff(Worker previousStaff) {
        this.previousStaff = previousStaff;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public String toString() {
        return "seat " + id + " " + role + " = " + staff;
    }
}
