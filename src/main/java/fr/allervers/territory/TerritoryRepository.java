package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TerritoryRepository extends JpaRepository<Territory, Long> {

    @EntityGraph(attributePaths = "communes")
    List<Territory> findByConsortiumOrderByName(Consortium consortium);

    @EntityGraph(attributePaths = "communes")
    Optional<Territory> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Territory> findByConsortiumAndName(Consortium consortium, String name);

    List<Territory> findByConsortiumAndNameIgnoreCase(Consortium consortium, String name);
}
