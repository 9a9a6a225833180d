package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A professional of the consortium. Only a display label is needed: the planning never shows names.
 *
 * @param availability      the usual week (part-time, other duties)
 * @param unavailableDates  exceptions: leave, sickness, training
 * @param preferredPlaceIds places this person asked for; empty means no preference
 */
public record Staff(long id, String label, Role role, Set<WeeklySlot> availability, Set<LocalDate> unavailableDates,
                   Set<Long> preferredPlaceIds) {

    public Staff {
        availability = Set.copyOf(availability);
        unavailableDates = Set.copyOf(unavailableDates);
        preferredPlaceIds = Set.copyOf(preferredPlaceIds);
    }

    public static Staff of(long id, String label, Role role) {
        return new Staff(id, label, role, WeeklySlot.weekdays(), Set.of(), Set.of());
    }

    public boolean isAvailable(Slot slot) {
        return availability.contains(slot.weekly()) && !unavailableDates.contains(slot.date());
    }

    public boolean prefers(Place place) {
        return preferredPlaceIds.isEmpty() || preferredPlaceIds.contains(place.id());
    }

    public Staff withUnavailableDates(Set<LocalDate> dates) {
        return new Staff(id, label, role, availability, dates, preferredPlaceIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staff other && other.id == id;
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
