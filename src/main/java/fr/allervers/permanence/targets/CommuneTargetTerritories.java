package fr.allervers.permanence.targets;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;

/** Territories as target setting reads them: always within the consortium, in the query. */
interface CommuneTargetTerritories extends Repository<Territory, Long> {

    @EntityGraph(attributePaths = "communes")
    Optional<Territory> findByIdAndConsortium(Long id, Consortium consortium);
}
