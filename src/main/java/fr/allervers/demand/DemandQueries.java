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

import fr.allervers.encounter.Lambert93Columns;

/** Decayed encounter sums, in SQL on the stored Lambert-93 coordinates: around a point, and per commune. */
@Repository
class DemandQueries {

    private static final String DECAYED = "people * EXP(:rate * (met_epoch - :toEpoch))";

    private final NamedParameterJdbcTemplate jdbc;

    DemandQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    double aroundPoint(long consortiumId, Coordinate lambert93, double radius, Instant from, Instant to,
            double halfLifeDays) {
        MapSqlParameterSource params = period(consortiumId, from, to, halfLifeDays)
                .addValue("px", lambert93.x).addValue("py", lambert93.y)
                .addValue("minX", lambert93.x - radius).addValue("maxX", lambert93.x + radius)
                .addValue("minY", lambert93.y - radius).addValue("maxY", lambert93.y + radius)
                .addValue("r2", radius * radius);
        List<Double> xColumns = Lambert93Columns.between(lambert93.x - radius, lambert93.x + radius);
        params.addValue("xColumns", xColumns);
        Double sum = jdbc.queryForObject("SELECT SUM(" + DECAYED + ") FROM encounter"
                + " WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch"
                + " AND x_l93 >= :minX AND x_l93 <= :maxX AND y_l93 >= :minY AND y_l93 <= :maxY"
                + Lambert93Columns.and(xColumns)
                + " AND (x_l93 - :px) * (x_l93 - :px) + (y_l93 - :py) * (y_l93 - :py) <= :r2", params, Double.class);
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

    private static MapSqlParameterSource period(long consortiumId, Instant from, Instant to, double halfLifeDays) {
        return new MapSqlParameterSource()
                .addValue("consortium", consortiumId)
                .addValue("fromEpoch", from.getEpochSecond() + from.getNano() / 1e9)
                .addValue("rate", Math.log(2) / (halfLifeDays * 86_400))
                .addValue("toEpoch", to.getEpochSecond() + to.getNano() / 1e9);
    }
}
