package fr.allervers.demand;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights and reach of the demand score ({@code allervers.demand.*}).
 *
 * @param encountersWeight weight of recent encounters (default 0.5)
 * @param qpvWeight weight of QPV population (default 0.3)
 * @param hotelsWeight weight of 115 hotel capacity (default 0.2)
 * @param radiusMetres how far from a place encounters, QPV and hotels count (default 1,000 m)
 * @param halfLifeDays an encounter this old counts half (default 90 days)
 * @param period encounters older than this are not counted (default 12 months)
 * @param qpvDensityPerKm2 QPV population estimated from its area when the file gives none (default 10,000/km²,
 *        the order of magnitude of QPV densities)
 */
@ConfigurationProperties("allervers.demand")
public record DemandProperties(Double encountersWeight, Double qpvWeight, Double hotelsWeight, Double radiusMetres,
        Double halfLifeDays, Period period, Double qpvDensityPerKm2) {

    public DemandProperties {
        encountersWeight = encountersWeight == null ? 0.5 : encountersWeight;
        qpvWeight = qpvWeight == null ? 0.3 : qpvWeight;
        hotelsWeight = hotelsWeight == null ? 0.2 : hotelsWeight;
        radiusMetres = radiusMetres == null ? 1000.0 : radiusMetres;
        halfLifeDays = halfLifeDays == null ? 90.0 : halfLifeDays;
        period = period == null ? Period.ofMonths(12) : period;
        qpvDensityPerKm2 = qpvDensityPerKm2 == null ? 10_000.0 : qpvDensityPerKm2;
        if (encountersWeight < 0 || qpvWeight < 0 || hotelsWeight < 0
                || encountersWeight + qpvWeight + hotelsWeight <= 0) {
            throw new IllegalArgumentException("allervers.demand: weights must be >= 0 and not all zero");
        }
    }

    DemandFormula.Weights weights() {
        return new DemandFormula.Weights(encountersWeight, qpvWeight, hotelsWeight);
    }
}
