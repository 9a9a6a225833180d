package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffRepository extends JpaRepository<Staff, Long> {

    /** Everyone the consortium has had, archived people included: past plans still name them. */
    List<Staff> findByConsortiumOrderByRef(Consortium consortium);

    Optional<Staff> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Staff> findByConsortiumAndRef(Consortium consortium, String ref);
}
