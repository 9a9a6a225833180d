package fr.allervers.demand;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.heatmap.HeatmapProperties;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Place;
import fr.allervers.territory.Territory;

/**
 * {@code GET /api/demand/places} and {@code GET /api/demand/communes}: the demand score of each place or commune
 * with its three parts, the weights used and a sentence in French, so that a project lead can see why. Funders read
 * the communes' scores only, as published: two parts, no 115 hotel ({@link DemandService#publishedCommuneScores}).
 */
@RestController
class DemandController {

    /** @param hotels left out (null) for funders, whose score does not count the 115 hotels */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Weights(double encounters, double qpv, Double hotels) {
    }

    /** @param hotels left out (null) for funders: a commune's part would give its hotels' capacity back */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Parts(DemandFormula.Part encounters, DemandFormula.Part qpv, DemandFormula.Part hotels) {
    }

    record PlaceDemand(Long id, String ref, String name, String insee, double score, Parts parts,
            String explanation) {
    }

    record CommuneDemand(String insee, String name, double score, Parts parts, String explanation) {
    }

    record Answer<T>(Long territoryId, String territory, Weights weights, double radiusMetres, double halfLifeDays,
            String period, List<T> items) {
    }

    private final DemandService demand;
    private final DemandProperties properties;
    private final DemandAudience audience;
    private final int k;

    DemandController(DemandService demand, DemandProperties properties, DemandAudience audience,
            HeatmapProperties heatmap) {
        this.demand = demand;
        this.properties = properties;
        this.audience = audience;
        this.k = heatmap.k();
    }

    @GetMapping("/api/demand/places")
    Answer<PlaceDemand> places(@RequestParam(required = false) Long territoryId) {
        Territory territory = demand.territory(territoryId);
        String reach = String.format(Locale.FRANCE, " à moins de %,.0f m", properties.radiusMetres());
        return answer(territory, demand.placeScores(territory).stream().map(s -> {
            Place place = s.subject();
            return new PlaceDemand(place.getId(), place.getRef(), place.getName(), place.getCommuneInsee(),
                    round(s.score().total()), parts(s.score()), explanation(s.score(), reach));
        }).toList());
    }

    /** Funders get the published scores: without the 115 hotels, encounters in whole months, small counts left out. */
    @GetMapping("/api/demand/communes")
    Answer<CommuneDemand> communes(@RequestParam(required = false) Long territoryId) {
        Territory territory = demand.territory(territoryId);
        if (!audience.consortiumStaff()) {
            return new Answer<>(territory.getId(), territory.getName(), new Weights(properties.encountersWeight(),
                    properties.qpvWeight(), null), properties.radiusMetres(), properties.halfLifeDays(),
                    properties.period().toString(),
                    demand.publishedCommuneScores(territory).stream().map(s -> {
                        Commune commune = s.subject();
                        return new CommuneDemand(commune.getInsee(), commune.getName(), round(s.score().total()),
                                new Parts(rounded(s.score().encounters()), rounded(s.score().qpv()), null),
                                publishedExplanation(s.score(), k));
                    }).toList());
        }
        return answer(territory, demand.communeScores(territory).stream().map(s -> {
            Commune commune = s.subject();
            return new CommuneDemand(commune.getInsee(), commune.getName(), round(s.score().total()),
                    parts(s.score()), explanation(s.score(), " dans la commune"));
        }).toList());
    }

    private <T> Answer<T> answer(Territory territory, List<T> items) {
        return new Answer<>(territory.getId(), territory.getName(), new Weights(properties.encountersWeight(),
                properties.qpvWeight(), properties.hotelsWeight()), properties.radiusMetres(),
                properties.halfLifeDays(), properties.period().toString(), items);
    }

    private static Parts parts(DemandFormula.Score score) {
        return new Parts(rounded(score.encounters()), rounded(score.qpv()), rounded(score.hotels()));
    }

    private static DemandFormula.Part rounded(DemandFormula.Part part) {
        return new DemandFormula.Part(round(part.raw()), round(part.normalised()), part.weight(),
                round(part.contribution()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static String publishedExplanation(DemandFormula.Score score, int k) {
        return String.format(Locale.FRANCE, "score %.2f = moyenne pondérée de : personnes rencontrées dans la commune,"
                + " sur les mois entiers écoulés, un mois comptant s’il en a au moins %d, pondérées par leur ancienneté %.1f (%.0f %% du maximum"
                + " du territoire, poids %s) ; population des QPV dans la commune %,.0f (%.0f %%, poids %s)",
                score.total(), k, score.encounters().raw(), 100 * score.encounters().normalised(),
                score.encounters().weight(), score.qpv().raw(), 100 * score.qpv().normalised(), score.qpv().weight());
    }

    static String explanation(DemandFormula.Score score, String where) {
        return String.format(Locale.FRANCE, "score %.2f = moyenne pondérée de : personnes rencontrées%s, pondérées par"
                + " leur ancienneté %.1f (%.0f %% du maximum du territoire, poids %s) ; population des QPV%s %,.0f"
                + " (%.0f %%, poids %s) ; capacité des hôtels 115%s %,.0f ménages (%.0f %%, poids %s)",
                score.total(), where, score.encounters().raw(), 100 * score.encounters().normalised(),
                score.encounters().weight(), where, score.qpv().raw(), 100 * score.qpv().normalised(),
                score.qpv().weight(), where, score.hotels().raw(), 100 * score.hotels().normalised(),
                score.hotels().weight());
    }
}
