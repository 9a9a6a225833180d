package fr.allervers.territory;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The mobile permanence: a van that parks on public squares, based at one place. */
@Entity
public class Van extends ConsortiumOwned {

    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "base_place_id")
    private Place basePlace;

    private String availability;

    protected Van() {
    }

    public Van(Consortium consortium, String ref) {
        super(consortium, ref);
    }

    public boolean update(String label, Place basePlace, WeeklyHalfDays availability) {
        Long baseId = basePlace == null ? null : basePlace.getId();
        Long currentBaseId = this.basePlace == null ? null : this.basePlace.getId();
        boolean changed = !Objects.equals(this.label, label) || !Objects.equals(currentBaseId, baseId)
                || !Objects.equals(this.availability, availability.canonical());
        this.label = label;
        this.basePlace = basePlace;
        this.availability = availability.canonical();
        return changed;
    }

    public String getLabel() {
        return label;
    }

    public Place getBasePlace() {
        return basePlace;
    }

    public WeeklyHalfDays getAvailability() {
        return WeeklyHalfDays.parse(availability);
    }
}
