package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.allervers.demand.DemandScores;
import fr.allervers.territory.Place;
import fr.allervers.territory.Territory;

/**
 * The planner rewards the places the demand score ranks high: recent encounters near the place, QPV population and
 * 115 hotel capacity around it (see {@code fr.allervers.demand.DemandFormula}).
 */
@Component
class DemandScorePlaceDemand implements PlaceDemand {

    private final DemandScores scores;

    DemandScorePlaceDemand(DemandScores scores) {
        this.scores = scores;
    }

    @Override
    public Map<Long, Double> scores(Territory territory, List<Place> places) {
        Map<Long, Double> all = scores.forPlaces(territory);
        return places.stream().collect(Collectors.toMap(Place::getId, place -> all.getOrDefault(place.getId(), 0.0)));
    }
}
