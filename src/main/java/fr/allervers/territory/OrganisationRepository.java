package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** The organisation of that name whatever its case (« association alpha » is « Association Alpha »). */
    default Optional<Organisation> findNamed(Consortium consortium, String name) {
        return findByConsortiumAndNameIgnoreCase(consortium, name).stream().findFirst();
    }

    List<Organisation> findByConsortiumOrderByName(Consortium consortium);

    /** The organisations still offered for new accounts, staff and encounters. */
    List<Organisation> findByConsortiumAndArchivedAtIsNullOrderByName(Consortium consortium);

    Optional<Organisation> findByIdAndConsortium(Long id, Consortium consortium);

    List<Organisation> findByConsortiumAndNameIgnoreCase(Consortium consortium, String name);
}
