package fr.allervers.territory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VanRepository extends JpaRepository<Van, Long> {

    List<Van> findByConsortiumOrderByRef(Consortium consortium);
}
