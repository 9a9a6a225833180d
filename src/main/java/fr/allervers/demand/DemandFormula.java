package fr.allervers.demand;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demand score, in one function. For each place (or commune) three raw measures are taken:
 * <ol>
 * <li><b>encounters</b>: the people met nearby, each encounter weighted 0.5^(age in days / half-life);</li>
 * <li><b>qpv</b>: the QPV population nearby (population × share of the QPV's area inside the reach; the area
 * times a typical density when the population is unknown);</li>
 * <li><b>hotels</b>: the capacity, in households, of the 115 hotels nearby.</li>
 * </ol>
 * Each measure is divided by its maximum over the territory (so it lies in [0, 1], 1 for the top place), then
 * the score is the weighted mean of the three: {@code total = Σ weight × normalised / Σ weight}, in [0, 1].
 * Relative on purpose: it ranks places of one territory, it does not compare territories.
 */
public final class DemandFormula {

    public record Weights(double encounters, double qpv, double hotels) {
        double sum() {
            return encounters + qpv + hotels;
        }
    }

    public record Raw(double encounters, double qpv, double hotels) {
    }

    /** One measure: what was measured, where it stands in the territory, and what it adds to the total. */
    public record Part(double raw, double normalised, double weight, double contribution) {
    }

    public record Score(Part encounters, Part qpv, Part hotels, double total) {
    }

    private DemandFormula() {
    }

    public static <K> Map<K, Score> scores(Map<K, Raw> raws, Weights weights) {
        double maxEncounters = raws.values().stream().mapToDouble(Raw::encounters).max().orElse(0);
        double maxQpv = raws.values().stream().mapToDouble(Raw::qpv).max().orElse(0);
        double maxHotels = raws.values().stream().mapToDouble(Raw::hotels).max().orElse(0);
        Map<K, Score> scores = new LinkedHashMap<>();
        raws.forEach((key, raw) -> {
            Part encounters = part(raw.encounters(), maxEncounters, weights.encounters(), weights.sum());
            Part qpv = part(raw.qpv(), maxQpv, weights.qpv(), weights.sum());
            Part hotels = part(raw.hotels(), maxHotels, weights.hotels(), weights.sum());
            scores.put(key, new Score(encounters, qpv, hotels,
                    encounters.contribution() + qpv.contribution() + hotels.contribution()));
        });
        return scores;
    }

    private static Part part(double raw, double max, double weight, double weightSum) {
        double normalised = max > 0 ? raw / max : 0;
        return new Part(raw, normalised, weight, weight * normalised / weightSum);
    }
}
