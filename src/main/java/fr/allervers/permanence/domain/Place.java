package fr.allervers.permanence.domain;

import java.util.Set;

/**
 * A place where a permanence can be held.
 *
 * @param opening     weekday × half-day when the place can be used (market days, opening hours of a centre social)
 * @param demandScore relative demand, 0 (none) to 1 (highest of the territory), computed outside the solver. When
 *                    the consortium has no field data yet, the fallback the service computes is: QPV population within
 *                    500 m of the place plus ten times the 115-hotel capacity within 500 m, divided by the maximum of
 *                    that sum over the places of the territory.
 */
public record Place(long id, String name, String communeInsee, PlaceKind kind, boolean vanAccessible,
                    Set<WeeklySlot> opening, double demandScore) {

    public Place {
        opening = Set.copyOf(opening);
    }

    public boolean isOpen(Slot slot) {
        return opening.contains(slot.weekly());
    }

    // Identity is the id: the solver hashes places constantly, and the opening set is irrelevant to identity.
    @Override
    public boolean equals(Object o) {
        return o instanceof Place other && other.id == id;
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
