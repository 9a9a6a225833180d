package fr.allervers.maraude.solver;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.LocationAware;
import fr.allervers.maraude.domain.Visit;

/**
 * Closeness used by nearby selection: moves mostly insert a visit next to visits (or team bases) a short trip
 * away, which is where good moves are. The left-out list has no place, so it is never "near".
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, LocationAware> {

    @Override
    public double getNearbyDistance(Visit origin, LocationAware destination) {
        Location to = destination.getLocation();
        if (to == null) {
            return Double.MAX_VALUE;
        }
        return origin.getLocation().nearbyTimeTo(to);
    }
}
