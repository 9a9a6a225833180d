package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PlannedPermanence;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * One permanence of a plan, held or cancelled. Places, vans and staff are referenced by id: the territory entities
 * stay in their package, and the solver model in its own; {@link TerritoryProblemMapper} is the only place that
 * joins them.
 */
@Entity
public class PlanPermanence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private PermanencePlan plan;

    @Column(name = "held_on")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private DayPart halfDay;

    private Long vanId;

    private long placeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_permanence_staff", joinColumns = @JoinColumn(name = "permanence_id"))
    @OrderColumn(name = "seat")
    @Column(name = "staff_id")
    private List<Long> staffIds = new ArrayList<>();

    private boolean pinned;

    /** Null while the permanence is planned; set when the coordinator cancels it (it then stays, « annulée »). */
    @Enumerated(EnumType.STRING)
    private CancellationReason cancelReason;

    private String cancelComment;

    private String cancelledBy;

    private OffsetDateTime cancelledAt;

    protected PlanPermanence() {
    }

    /** The same permanence in a new version of the plan, cancellation included. */
    PlanPermanence copy() {
        PlanPermanence copy = of(toPlanned());
        copy.cancelReason = cancelReason;
        copy.cancelComment = cancelComment;
        copy.cancelledBy = cancelledBy;
        copy.cancelledAt = cancelledAt;
        return copy;
    }

    void cancel(CancellationReason reason, String comment, String by) {
        this.cancelReason = reason;
        this.cancelComment = comment;
        this.cancelledBy = by;
        this.cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void restore() {
        this.cancelReason = null;
        this.cancelComment = null;
        this.cancelledBy = null;
        this.cancelledAt = null;
    }

    /** A cancelled permanence is not held: not scored, not counted in coverage, kept for the field to read. */
    public boolean isCancelled() {
        return cancelReason != null;
    }

    public CancellationReason getCancelReason() {
        return cancelReason;
    }

    public String getCancelComment() {
        return cancelComment;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    static PlanPermanence of(PlannedPermanence planned) {
        PlanPermanence permanence = new PlanPermanence();
        permanence.moveTo(planned.date(), planned.halfDay(), planned.placeId(), planned.staffIds());
        permanence.vanId = planned.vanId();
        permanence.pinned = planned.pinned();
        return permanence;
    }

    PlannedPermanence toPlanned() {
        return new PlannedPermanence(date, halfDay, vanId, placeId, staffIds, pinned);
    }

    void attachTo(PermanencePlan plan) {
        this.plan = plan;
    }

    void moveTo(LocalDate date, DayPart halfDay, long placeId, List<Long> staffIds) {
        this.date = date;
        this.halfDay = halfDay;
        this.placeId = placeId;
        this.staffIds = new ArrayList<>(staffIds);
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Long getId() {
        return id;
    }

    public PermanencePlan getPlan() {
        return plan;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayPart getHalfDay() {
        return halfDay;
    }

    public Long getVanId() {
        return vanId;
    }

    public long getPlaceId() {
        return placeId;
    }

    public List<Long> getStaffIds() {
        return List.copyOf(staffIds);
    }

    public boolean isPinned() {
        return pinned;
    }
}
