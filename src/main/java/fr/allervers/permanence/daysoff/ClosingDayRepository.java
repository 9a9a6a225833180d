package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

/** Closing days, always read within one consortium (in the query). */
interface ClosingDayRepository extends JpaRepository<ClosingDay, Long> {

    @Query("select c from ClosingDay c where c.consortium = :consortium and c.date >= :first and c.date <= :last"
            + " order by c.date, c.halfDay, c.id")
    List<ClosingDay> findBetween(@Param("consortium") Consortium consortium, @Param("first") LocalDate first,
            @Param("last") LocalDate last);

    @Query("select c from ClosingDay c where c.consortium = :consortium and c.id = :id")
    Optional<ClosingDay> findInConsortium(@Param("consortium") Consortium consortium, @Param("id") long id);
}
