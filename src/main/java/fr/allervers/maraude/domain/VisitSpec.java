package fr.allervers.maraude.domain;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import fr.allervers.routing.LonLat;

/**
 * A visit as the caller describes it, with its place as a position; {@code RoundProblemBuilder} turns it into a
 * {@link Visit} once travel times are known.
 *
 * @param series the series of visits to the same place over the plan's days, or null for a one-off visit
 * @param occurrence this visit's rank in its series, from 1
 */
public record VisitSpec(String id, String name, VisitKind kind, LonLat point, Duration service,
        List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority, boolean mandatory,
        VisitSeries series, int occurrence) {

    /** A one-off visit. */
    public VisitSpec(String id, String name, VisitKind kind, LonLat point, Duration service, List<TimeWindow> windows,
            Set<String> requiredSkills, int demand, int priority, boolean mandatory) {
        this(id, name, kind, point, service, windows, requiredSkills, demand, priority, mandatory, null, 0);
    }
}
