package fr.allervers.territory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsortiumRepository extends JpaRepository<Consortium, Long> {

    Optional<Consortium> findByName(String name);

    boolean existsByCode(String code);
}
