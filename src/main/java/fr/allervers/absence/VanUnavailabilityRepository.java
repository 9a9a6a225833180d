package fr.allervers.absence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

/** Van unavailability, always read within one consortium (in the query). */
interface VanUnavailabilityRepository extends JpaRepository<VanUnavailability, Long> {

    @Query("select a from VanUnavailability a where a.consortium = :consortium and a.van.id = :vanId"
            + " order by a.from, a.id")
    List<VanUnavailability> findOf(@Param("consortium") Consortium consortium, @Param("vanId") long vanId);

    @Query("select a from VanUnavailability a join fetch a.van where a.consortium = :consortium"
            + " and a.to >= :first and a.from <= :last")
    List<VanUnavailability> findOverlapping(@Param("consortium") Consortium consortium,
            @Param("first") LocalDate first, @Param("last") LocalDate last);

    @Query("select a from VanUnavailability a where a.consortium = :consortium and a.van.id = :vanId"
            + " and a.id = :id")
    Optional<VanUnavailability> findEntry(@Param("consortium") Consortium consortium, @Param("vanId") long vanId,
            @Param("id") long id);
}
