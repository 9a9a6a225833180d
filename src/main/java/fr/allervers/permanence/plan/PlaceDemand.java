package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Map;

import fr.allervers.territory.Place;
import fr.allervers.territory.Territory;

/**
 * The relative demand of each place, 0 (none) to 1 (highest of the territory), which the planner rewards: the
 * demand score of {@code fr.allervers.demand} ({@link DemandScorePlaceDemand}).
 */
public interface PlaceDemand {

    /** @return a score in [0, 1] for every given place id (missing ids count as 0) */
    Map<Long, Double> scores(Territory territory, List<Place> places);
}
