package fr.allervers.maraude.plan;

import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Point;

import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;

/**
 * A visit worked out from the request or the territory's data, before it is stored. Windows are absolute: seconds
 * from midnight of the plan's first day, one or more per planned day.
 *
 * @param series the occurrence's place in a series of visits to the same place across days, or null
 */
record VisitDraft(String key, String name, VisitKind kind, Long hotelId, Long placeId, String address, Point location,
        int serviceMinutes, List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority,
        boolean mandatory, Occurrence series) {

    /** A one-off visit. */
    VisitDraft(String key, String name, VisitKind kind, Long hotelId, Long placeId, String address, Point location,
            int serviceMinutes, List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority,
            boolean mandatory) {
        this(key, name, kind, hotelId, placeId, address, location, serviceMinutes, windows, requiredSkills, demand,
                priority, mandatory, null);
    }

    /** Occurrence {@code rank} (from 1) of the series {@code key}, for a place seen every {@code everyDays} days. */
    record Occurrence(String key, int rank, int everyDays) {
    }
}
