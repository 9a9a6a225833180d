package fr.allervers.territory;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A professional of a member organisation, with the half-days they can be in the field. */
@Entity
public class Staff extends ConsortiumOwned {

    /** What colleagues call them in the plan (first name, initials): never a beneficiary's data. */
    private String label;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String availability;

    protected Staff() {
    }

    public Staff(Consortium consortium, String ref) {
        super(consortium, ref);
    }

    public boolean update(String label, StaffRole role, Organisation organisation, WeeklyHalfDays availability) {
        Long organisationId = organisation == null ? null : organisation.getId();
        Long currentOrganisationId = this.organisation == null ? null : this.organisation.getId();
        boolean changed = !Objects.equals(this.label, label) || this.role != role
                || !Objects.equals(currentOrganisationId, organisationId)
                || !Objects.equals(this.availability, availability.canonical());
        this.label = label;
        this.role = role;
        this.organisation = organisation;
        this.availability = availability.canonical();
        return changed;
    }

    public String getLabel() {
        return label;
    }

    public StaffRole getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public WeeklyHalfDays getAvailability() {
        return WeeklyHalfDays.parse(availability);
    }
}
