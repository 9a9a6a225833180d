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
    private Role role;
    private List<Staff> candidateStaff;
    private Staff previousStaff;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidateStaff", nullable = true)
    private Staff staff;

    protected Seat() {
    }

    /** @param candidateStaff people of this role available during the slot: the only values the solver tries */
    public Seat(long id, Permanence permanence, Role role, List<Staff> candidateStaff) {
        this.id = id;
        this.permanenceId = permanence.getId();
        this.slot = permanence.getSlot();
        this.role = role;
        this.candidateStaff = List.copyOf(candidateStaff);
    }

    @ValueRangeProvider(id = "candidateStaff")
    public List<Staff> getCandidateStaff() {
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

    public Role getRole() {
        return role;
    }

    public Staff getStaff() {
        return staff;
    }

    public void setStaff(Staff staff) {
        this.staff = staff;
    }

    public Staff getPreviousStaff() {
        return previousStaff;
    }

    public void setPreviousStaff(Staff previousStaff) {
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
