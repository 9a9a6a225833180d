package fr.allervers.demand;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import fr.allervers.encounter.EncounterGridColumns;
import fr.allervers.geo.MetricGrid;

/**
 * Decayed encounter sums, in SQL on the stored metric coordinates (Lambert-93, or the overseas grid): around a point,
 * and per commune.
 */
@Repository
class DemandQueries {

    private static final String DECAYED = "people * EXP(:rate * (met_epoch - :toEpoch))";

    private final NamedParameterJdbcTemplate jdbc;

    DemandQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param centre the point in {@code grid}'s metres; only the encounters stored in that grid are summed */
    double aroundPoint(long consortiumId, MetricGrid grid, Coordinate centre, double radius, Instant from, Instant to,
            double halfLifeDays) {
        EncounterGridColumns columns = EncounterGridColumns.of(grid);
        MapSqlParameterSource params = period(consortiumId, from, to, halfLifeDays)
                .addValue("px", centre.x).addValue("py", centre.y)
                .addValue("minX", centre.x - radius).addValue("maxX", centre.x + radius)
                .addValue("minY", centre.y - radius).addValue("maxY", centre.y + radius)
                .addValue("r2", radius * radius);
        List<Double> xColumns = EncounterGridColumns.between(centre.x - radius, centre.x + radius);
        params.addValue("xColumns", xColumns);
        String sql = ("SELECT SUM(" + DECAYED + ") FROM encounter"
                + " WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch"
                + " AND %1$s >= :minX AND %1$s <= :maxX AND %2$s >= :minY AND %2$s <= :maxY"
                + columns.gridCondition() + columns.and(xColumns)
                + " AND (%1$s - :px) * (%1$s - :px) + (%2$s - :py) * (%2$s - :py) <= :r2")
                .formatted(columns.x(), columns.y());
        Double sum = jdbc.queryForObject(sql, params, Double.class);
        return sum == null ? 0 : sum;
    }

    Map<String, Double> perCommune(long consortiumId, Collection<String> insees, Instant from, Instant to,
            double halfLifeDays) {
        Map<String, Double> sums = new HashMap<>();
        if (insees.isEmpty()) {
            return sums;
        }
        MapSqlParameterSource params = period(consortiumId, from, to, halfLifeDays).addValue("insees", insees);
        jdbc.query("SELECT commune_insee, SUM(" + DECAYED + ") AS w FROM encounter"
                + " WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch"
                + " AND commune_insee IN (:insees) GROUP BY commune_insee", params,
                rs -> {
                    sums.put(rs.getString("commune_insee"), rs.getDouble("w"));
                });
        return sums;
    }

    /** Encounters of a commune over a period: how many, and their decayed people. */
    record Counted(long count, double weight) {
    }

    /** The same sums as {@link #perCommune}, with the number of encounters each is made of. */
    Map<String, Counted> countedPerCommune(long consortiumId, Collection<String> insees, Instant from, Instant to,
            double halfLifeDays) {
        Map<String, Counted> sums = new HashMap<>();
        if (insees.isEmpty()) {
            return sums;
        }
        MapSqlParameterSource params = period(consortiumId, from, to, halfLifeDays).addValue("insees", insees);
        jdbc.query("SELECT commune_insee, COUNT(*) AS n, SUM(" + DECAYED + ") AS w FROM encounter"
                + " WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch"
                + " AND commune_insee IN (:insees) GROUP BY commune_insee", params,
                rs -> {
                    sums.put(rs.getString("commune_insee"), new Counted(rs.getLong("n"), rs.getDouble("w")));
                });
        return sums;
    }

    private static MapSqlParameterSource period(long consortiumId, Instant from, Instant to, double halfLifeDays) {
        return new MapSqlParameterSource()
                .addValue("consortium", consortiumId)
                .addValue("fromEpoch", from.getEpochSecond() + from.getNano() / 1e9)
                .addValue("rate", Math.log(2) / (halfLifeDays * 86_400))
                .addValue("toEpoch", to.getEpochSecond() + to.getNano() / 1e9);
    }
}
