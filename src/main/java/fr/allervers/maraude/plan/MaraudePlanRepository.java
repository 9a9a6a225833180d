package fr.allervers.maraude.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

public interface MaraudePlanRepository extends JpaRepository<MaraudePlan, Long> {

    /** The only way the API reads a plan: by id within the caller's consortium. */
    Optional<MaraudePlan> findByIdAndConsortium(Long id, Consortium consortium);

    @Query("select p from MaraudePlan p where p.consortium = :consortium and p.territory.id = :territoryId"
            + " order by p.firstDate desc, p.id desc")
    List<MaraudePlan> findForTerritory(@Param("consortium") Consortium consortium,
            @Param("territoryId") Long territoryId);

    @Query("select p from MaraudePlan p where p.consortium = :consortium order by p.firstDate desc, p.id desc")
    List<MaraudePlan> findByConsortium(@Param("consortium") Consortium consortium);

    /** Plans left solving when the service stopped; solved again on start. */
    @Query("select p.id from MaraudePlan p where p.status = fr.allervers.maraude.plan.MaraudePlanStatus.SOLVING order by p.id")
    List<Long> findSolvingIds();

    /**
     * Hotel stops a team checked off as visited, on plans starting before {@code before}: hotel id, plan dates, day
     * index. A hotel where nobody was there or entry was refused is not a visit.
     */
    @Query("select v.hotelId, p.dates, r.dayIndex from MaraudeVisit v join v.plan p join v.round r"
            + " where p.consortium = :consortium and v.hotelId is not null"
            + " and v.checkOutcome = fr.allervers.maraude.plan.StopOutcome.VISITED and p.firstDate < :before")
    List<Object[]> findVisitedHotelStops(@Param("consortium") Consortium consortium,
            @Param("before") LocalDate before);
}
