package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A vehicle for mobile permanences; {@code unavailableDates} (whole days) and {@code unavailableHalfDays} cover
 * servicing and breakdowns.
 */
public record Vehicle(long id, String label, Set<WeeklySlot> availability, Set<LocalDate> unavailableDates,
                  Set<DatedHalfDay> unavailableHalfDays) {

    public Vehicle {
        availability = Set.copyOf(availability);
        unavailableDates = Set.copyOf(unavailableDates);
        unavailableHalfDays = Set.copyOf(unavailableHalfDays);
    }

    /** Whole-day exceptions only. */
    public Vehicle(long id, String label, Set<WeeklySlot> availability, Set<LocalDate> unavailableDates) {
        this(id, label, availability, unavailableDates, Set.of());
    }

    public static Vehicle of(long id, String label) {
        return new Vehicle(id, label, WeeklySlot.weekdays(), Set.of());
    }

    public boolean isAvailable(Slot slot) {
        return availability.contains(slot.weekly()) && !unavailableDates.contains(slot.date())
                && !unavailableHalfDays.contains(DatedHalfDay.of(slot));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vehicle other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return label;
    }
}
