package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;

interface PermanencePlanRepository extends JpaRepository<PermanencePlan, Long> {

    Optional<PermanencePlan> findByIdAndConsortium(Long id, Consortium consortium);

    List<PermanencePlan> findByConsortiumAndTerritoryOrderByCreatedAtDesc(Consortium consortium, Territory territory);

    List<PermanencePlan> findByStatus(PlanStatus status);
}
