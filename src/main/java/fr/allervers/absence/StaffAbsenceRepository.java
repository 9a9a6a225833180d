package fr.allervers.absence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

/** Staff absences, always read within one consortium (in the query). */
interface StaffAbsenceRepository extends JpaRepository<StaffAbsence, Long> {

    @Query("select a from StaffAbsence a where a.consortium = :consortium and a.staff.id = :staffId"
            + " order by a.from, a.id")
    List<StaffAbsence> findOf(@Param("consortium") Consortium consortium, @Param("staffId") long staffId);

    @Query("select a from StaffAbsence a join fetch a.staff where a.consortium = :consortium"
            + " and a.to >= :first and a.from <= :last")
    List<StaffAbsence> findOverlapping(@Param("consortium") Consortium consortium,
            @Param("first") LocalDate first, @Param("last") LocalDate last);

    @Query("select a from StaffAbsence a where a.consortium = :consortium and a.staff.id = :staffId"
            + " and a.id = :id")
    Optional<StaffAbsence> findEntry(@Param("consortium") Consortium consortium, @Param("staffId") long staffId,
            @Param("id") long id);
}
