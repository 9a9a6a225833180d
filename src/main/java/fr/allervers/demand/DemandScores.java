package fr.allervers.demand;

import java.util.Map;

import fr.allervers.territory.Territory;

/**
 * Where outreach is most needed, for the planners: a score in [0, 1] per place and per commune of a territory,
 * 1 being the most demanded of the territory (see {@link DemandFormula} for how it is made). Permanence and maraude
 * planning consume this bean; {@link DemandService} also explains each score part by part.
 */
public interface DemandScores {

    /** @return place id → score in [0, 1], for the consortium's places in the territory's communes */
    Map<Long, Double> forPlaces(Territory territory);

    /** @return INSEE code → score in [0, 1], for the territory's communes */
    Map<String, Double> forCommunes(Territory territory);
}
