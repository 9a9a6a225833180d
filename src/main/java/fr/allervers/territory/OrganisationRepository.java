package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByConsortiumAndName(Consortium consortium, String name);

    List<Organisation> findByConsortiumOrderByName(Consortium consortium);

    /** The organisations still offered for new accounts, staff and encounters. */
    List<Organisation> findByConsortiumAndArchivedAtIsNullOrderByName(Consortium consortium);

    Optional<Organisation> findByIdAndConsortium(Long id, Consortium consortium);

    List<Organisation> findByConsortiumAndNameIgnoreCase(Consortium consortium, String name);
}
