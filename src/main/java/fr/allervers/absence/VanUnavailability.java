package fr.allervers.absence;

import fr.allervers.territory.Van;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A van off the road: breakdown, servicing. */
@Entity
public class VanUnavailability extends Unavailability {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "van_id")
    private Van van;

    protected VanUnavailability() {
    }

    VanUnavailability(Van van, Period period, AbsenceReason reason, String createdBy) {
        super(van.getConsortium(), period, reason, createdBy);
        this.van = van;
    }

    public Van getVan() {
        return van;
    }
}
