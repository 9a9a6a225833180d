package fr.allervers.encounter;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EncounterMonthRepository extends JpaRepository<EncounterMonth, EncounterMonth.Key> {

    @Query("select m from EncounterMonth m where m.key.consortiumId = :consortiumId and m.key.monthStart >= :from"
            + " and m.key.monthStart <= :to order by m.key.monthStart, m.key.communeInsee, m.key.category, m.key.outcome")
    List<EncounterMonth> findMonths(@Param("consortiumId") Long consortiumId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
