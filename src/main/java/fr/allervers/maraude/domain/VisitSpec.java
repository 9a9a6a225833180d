package fr.allervers.maraude.domain;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import fr.allervers.routing.LonLat;

/**
 * A visit as the caller describes it, with its place as a position; {@code RoundProblemBuilder} turns it into a
 * {@link Visit} once travel times are known.
 */
public record VisitSpec(String id, String name, VisitKind kind, LonLat point, Duration service,
        List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority, boolean mandatory) {
}
