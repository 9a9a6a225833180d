package fr.allervers.maraude.domain;

import java.time.LocalTime;
import java.util.Set;

import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/**
 * A team as the caller describes it, with its base as a position; {@code RoundProblemBuilder} turns it into a
 * {@link Team} once travel times are known.
 *
 * @param capacity goods the team can carry, or null when there is no limit
 */
public record TeamSpec(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd,
        LonLat base, Set<String> skills, Integer capacity) {
}
