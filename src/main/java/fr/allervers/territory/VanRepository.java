package fr.allervers.territory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VanRepository extends JpaRepository<Van, Long> {

    List<Van> findByConsortiumOrderByRef(Consortium consortium);

    Optional<Van> findByIdAndConsortium(Long id, Consortium consortium);

    Optional<Van> findByConsortiumAndRef(Consortium consortium, String ref);
}
