package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

/** School holidays, always read within one consortium (in the query). */
interface SchoolHolidayRepository extends JpaRepository<SchoolHoliday, Long> {

    @Query("select h from SchoolHoliday h where h.consortium = :consortium and h.zone = :zone"
            + " and h.lastDay >= :first and h.firstDay <= :last order by h.firstDay")
    List<SchoolHoliday> findOverlapping(@Param("consortium") Consortium consortium, @Param("zone") String zone,
            @Param("first") LocalDate first, @Param("last") LocalDate last);

    @Query("select h from SchoolHoliday h where h.consortium = :consortium order by h.zone, h.firstDay")
    List<SchoolHoliday> findOf(@Param("consortium") Consortium consortium);

    @Query("select distinct h.zone from SchoolHoliday h where h.consortium = :consortium order by h.zone")
    List<String> zonesOf(@Param("consortium") Consortium consortium);
}
