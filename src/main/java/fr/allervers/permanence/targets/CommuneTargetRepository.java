package fr.allervers.permanence.targets;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Consortium;

/** Commune targets, always read through a territory of the given consortium (in the query). */
interface CommuneTargetRepository extends JpaRepository<CommuneTarget, Long> {

    @Query("select t from CommuneTarget t where t.territory.id = :territoryId"
            + " and t.territory.consortium = :consortium")
    List<CommuneTarget> findOf(@Param("consortium") Consortium consortium, @Param("territoryId") long territoryId);

    @Query("select t from CommuneTarget t where t.territory.id = :territoryId"
            + " and t.territory.consortium = :consortium and t.insee = :insee")
    Optional<CommuneTarget> findEntry(@Param("consortium") Consortium consortium,
            @Param("territoryId") long territoryId, @Param("insee") String insee);
}
