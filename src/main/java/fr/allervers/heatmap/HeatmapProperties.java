package fr.allervers.heatmap;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param k cells with fewer encounters are not shown to anyone who may only see aggregates (default 5)
 * @param minAggregateCellMetres the smallest cell an aggregates-only audience may ask for (default 500 m): a 20 m
 *        cell of five encounters would point at a hotel's door
 * @param minCellMetres the smallest cell anyone may ask for (default 50 m)
 * @param maxCells the most cells a viewport may hold at the asked size (default 250,000)
 * @param halfLifeDays default half-life of the time decay (default 30 days)
 * @param period default period before {@code to} when {@code from} is not given (default 12 months)
 */
@ConfigurationProperties("allervers.heatmap")
public record HeatmapProperties(Integer k, Double minAggregateCellMetres, Double minCellMetres, Long maxCells,
        Double halfLifeDays, Period period) {

    public HeatmapProperties {
        k = k == null ? 5 : k;
        minAggregateCellMetres = minAggregateCellMetres == null ? 500.0 : minAggregateCellMetres;
        minCellMetres = minCellMetres == null ? 50.0 : minCellMetres;
        maxCells = maxCells == null ? 250_000L : maxCells;
        halfLifeDays = halfLifeDays == null ? 30.0 : halfLifeDays;
        period = period == null ? Period.ofMonths(12) : period;
    }
}
