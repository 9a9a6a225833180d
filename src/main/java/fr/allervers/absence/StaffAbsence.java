package fr.allervers.absence;

import fr.allervers.territory.Staff;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A professional away: sick leave, training, holidays. */
@Entity
public class StaffAbsence extends Unavailability {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    protected StaffAbsence() {
    }

    StaffAbsence(Staff staff, Period period, AbsenceReason reason, String createdBy) {
        super(staff.getConsortium(), period, reason, createdBy);
        this.staff = staff;
    }

    public Staff getStaff() {
        return staff;
    }
}
