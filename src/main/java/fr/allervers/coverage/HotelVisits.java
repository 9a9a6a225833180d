package fr.allervers.coverage;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which 115 hotels a maraude visited over a period: the hotel stops a team checked off as visited, on the day of
 * their round (the same rule the maraude planner uses for a hotel's last visit). A stop where nobody was there or
 * entry was refused, or not checked off, does not count. Only counts leave this class.
 */
@Component
class HotelVisits {

    private final JdbcClient jdbc;

    HotelVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> visited(long consortiumId, LocalDate first, LocalDate last) {
        Set<Long> hotels = new HashSet<>();
        jdbc.sql("""
                SELECT v.hotel_id, p.dates, r.day_index
                FROM maraude_visit v JOIN maraude_plan p ON p.id = v.plan_id JOIN maraude_round r ON r.id = v.round_id
                WHERE p.consortium_id = :consortium AND v.check_outcome = 'VISITED' AND v.hotel_id IS NOT NULL
                  AND p.first_date <= :last
                """)
                .param("consortium", consortiumId).param("last", last)
                .query((rs, n) -> {
                    LocalDate day = LocalDate.parse(rs.getString(2).split(",")[rs.getInt(3)].trim());
                    if (!day.isBefore(first) && !day.isAfter(last)) {
                        hotels.add(rs.getLong(1));
                    }
                    return null;
                })
                .list();
        return hotels;
    }
}
