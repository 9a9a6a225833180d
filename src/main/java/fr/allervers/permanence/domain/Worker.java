package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A professional of the consortium. Only a display label is needed: the planning never shows names.
 *
 * @param availability      the usual week (part-time, other duties)
 * @param unavailableDates    exceptions, whole days: leave, sickness, training
 * @param unavailableHalfDays exceptions of one half-day (a morning at the doctor's, a training afternoon)
 * @param preferredPlaceIds   places this person asked for; empty means no preference
 */
public record Worker(long id, String label, Profession role, Set<WeeklySlot> availability, Set<LocalDate> unavailableDates,
                   Set<DatedHalfDay> unavailableHalfDays, Set<Long> preferredPlaceIds) {

    public Worker {
        availability = Set.copyOf(availability);
        unavailableDates = Set.copyOf(unavailableDates);
        unavailableHalfDays = Set.copyOf(unavailableHalfDays);
        preferredPlaceIds = Set.copyOf(preferredPlaceIds);
    }

    /** Whole-day exceptions only. */
    public Worker(long id, String label, Profession role, Set<WeeklySlot> availability, Set<LocalDate> unavailableDates,
                 Set<Long> preferredPlaceIds) {
        this(id, label, role, availability, unavailableDates, Set.of(), preferredPlaceIds);
    }

    public static Worker of(long id, String label, Profession role) {
        return new Worker(id, label, role, WeeklySlot.weekdays(), Set.of(), Set.of());
    }

    public boolean isAvailable(Slot slot) {
        return availability.contains(slot.weekly()) && !unavailableDates.contains(slot.date())
                && !unavailableHalfDays.contains(DatedHalfDay.of(slot));
    }

    public boolean prefers(CandidatePlace place) {
        return preferredPlaceIds.isEmpty() || preferredPlaceIds.contains(place.id());
    }

    public Worker withUnavailableDates(Set<LocalDate> dates) {
        return new Worker(id, label, role, availability, dates, unavailableHalfDays, preferredPlaceIds);
    }

    public Worker withUnavailableHalfDays(Set<DatedHalfDay> halfDays) {
        return new Worker(id, label, role, availability, unavailableDates, halfDays, preferredPlaceIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Worker other && other.id == id;
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
