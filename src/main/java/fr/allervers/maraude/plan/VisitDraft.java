package fr.allervers.maraude.plan;

import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Point;

import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;

/**
 * A visit worked out from the request or the territory's data, before it is stored. Windows are absolute: seconds
 * from midnight of the plan's first day, one or more per planned day.
 */
record VisitDraft(String key, String name, VisitKind kind, Long hotelId, Long placeId, String address, Point location,
        int serviceMinutes, List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority,
        boolean mandatory) {
}
