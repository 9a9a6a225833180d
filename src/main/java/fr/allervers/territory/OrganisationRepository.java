package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByConsortiumAndName(Consortium consortium, String name);

    List<Organisation> findByConsortiumOrderByName(Consortium consortium);
}
