package fr.allervers.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The permanences of a territory over a period, read from the published permanence plans: what was announced to
 * the teams, not the coordinator's drafts. Plans may overlap (a coordinator re-plans the next weeks and publishes
 * again): for each day, the latest publication covering that day counts.
 */
@Component
class HeldPermanences {

    /** One permanence: when and where; nothing about who. */
    record Held(LocalDate date, long placeId) {
    }

    private record Row(long planId, LocalDate from, LocalDate to, OffsetDateTime publishedAt, LocalDate date,
                       long placeId) {
    }

    private final JdbcClient jdbc;

    HeldPermanences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Held> between(long consortiumId, long territoryId, LocalDate first, LocalDate last) {
        List<Row> rows = jdbc.sql("""
                SELECT p.id, p.date_from, p.date_to, p.published_at, pp.held_on, pp.place_id
                FROM permanence_plan p JOIN plan_permanence pp ON pp.plan_id = p.id
                WHERE p.consortium_id = :consortium AND p.territory_id = :territory AND p.status = 'DONE'
                  AND p.published_at IS NOT NULL
                  AND p.date_from <= :last AND p.date_to >= :first
                  AND pp.held_on BETWEEN :first AND :last
                """)
                .param("consortium", consortiumId).param("territory", territoryId)
                .param("first", first).param("last", last)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, LocalDate.class), rs.getLong(6)))
                .list();
        Map<LocalDate, Row> newestPlanOfDay = new HashMap<>();
        for (Row row : rows) {
            for (LocalDate day = max(row.from(), first); !day.isAfter(min(row.to(), last)); day = day.plusDays(1)) {
                newestPlanOfDay.merge(day, row, (a, b) -> newer(a, b) ? a : b);
            }
        }
        List<Held> held = new ArrayList<>();
        for (Row row : rows) {
            Row owner = newestPlanOfDay.get(row.date());
            if (owner != null && owner.planId() == row.planId()) {
                held.add(new Held(row.date(), row.placeId()));
            }
        }
        return held;
    }

    private static boolean newer(Row a, Row b) {
        int byTime = a.publishedAt().compareTo(b.publishedAt());
        return byTime != 0 ? byTime > 0 : a.planId() > b.planId();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
