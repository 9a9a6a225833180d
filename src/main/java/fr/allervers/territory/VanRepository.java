package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VanRepository extends JpaRepository<Van, Long> {

    /** Every van the consortium has had, archived ones included: past plans still name them. */
    List<Van> findByConsortiumOrderByRef(Consortium consortium);

    Optional<Van> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Van> findByConsortiumAndRef(Consortium consortium, String ref);

    /** The vans based at a place: a place that is a base is in use. */
    long countByBasePlace(Place basePlace);
}
