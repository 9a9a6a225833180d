package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;

interface PermanencePlanRepository extends JpaRepository<PermanencePlan, Long> {

    Optional<PermanencePlan> findByIdAndConsortium(Long id, Consortium consortium);

    /** The plan of that consortium; another consortium's plan is not found, like an unknown one. */
    default PermanencePlan getInConsortium(long id, Consortium consortium) {
        return findByIdAndConsortium(id, consortium)
                .orElseThrow(() -> new java.util.NoSuchElementException("plan " + id + " introuvable"));
    }

    List<PermanencePlan> findByConsortiumAndTerritoryOrderByCreatedAtDesc(Consortium consortium, Territory territory);

    List<PermanencePlan> findByStatus(PlanStatus status);

    @Query("select p.id from PermanencePlan p where p.status = fr.allervers.permanence.plan.PlanStatus.SOLVING"
            + " order by p.id")
    List<Long> findSolvingIds();

    /** What the progress of a plan shows, read without loading the plan: its status and best score so far. */
    Optional<StatusAndScore> findStatusAndScoreById(Long id);

    interface StatusAndScore {
        PlanStatus getStatus();

        String getScore();
    }

    /** The latest version re-planning this plan, if any. */
    Optional<PermanencePlan> findFirstByPreviousVersionOrderByIdDesc(PermanencePlan previousVersion);

    /** Plans of the consortium whose horizon meets the period, in any status. */
    @Query("select p from PermanencePlan p where p.consortium = :consortium and p.from <= :last and p.to >= :first")
    List<PermanencePlan> findOverlapping(@Param("consortium") Consortium consortium,
            @Param("first") java.time.LocalDate first, @Param("last") java.time.LocalDate last);

    /** Published plans whose horizon meets the period, latest publication first. */
    @Query("select p from PermanencePlan p where p.consortium = :consortium and p.from <= :last and p.to >= :first"
            + " and p.publishedAt is not null order by p.publishedAt desc, p.id desc")
    List<PermanencePlan> findPublishedOverlapping(@Param("consortium") Consortium consortium,
            @Param("first") java.time.LocalDate first, @Param("last") java.time.LocalDate last);
}
