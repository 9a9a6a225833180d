package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A place where a permanence can be held.
 *
 * @param opening     weekday × half-day when the place can be used (market days, opening hours of a centre social)
 * @param availableFrom first day a temporary place can be used, null for no limit
 * @param availableTo last day a temporary place can be used, null for no limit
 * @param demandScore relative demand, 0 (none) to 1 (highest of the territory), computed outside the solver. When
 *                    the consortium has no field data yet, the fallback the service computes is: QPV population within
 *                    500 m of the place plus ten times the 115-hotel capacity within 500 m, divided by the maximum of
 *                    that sum over the places of the territory.
 */
public record CandidatePlace(long id, String name, String communeInsee, SiteKind kind, boolean vanAccessible,
                    Set<WeeklySlot> opening, double demandScore, LocalDate availableFrom, LocalDate availableTo) {

    public CandidatePlace {
        opening = Set.copyOf(opening);
    }

    /** A place open every week, with no first or last day. */
    public CandidatePlace(long id, String name, String communeInsee, SiteKind kind, boolean vanAccessible,
            Set<WeeklySlot> opening, double demandScore) {
        this(id, name, communeInsee, kind, vanAccessible, opening, demandScore, null, null);
    }

    public boolean isOpen(Slot slot) {
        return opening.contains(slot.weekly())
                && (availableFrom == null || !slot.date().isBefore(availableFrom))
                && (availableTo == null || !slot.date().isAfter(availableTo));
    }

    // Identity is the id: the solver hashes places constantly, and the opening set is irrelevant to identity.
    @Override
    public boolean equals(Object o) {
        return o instanceof CandidatePlace other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return name + " (" + communeInsee + ")";
    }
}
