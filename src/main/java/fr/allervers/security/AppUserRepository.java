package fr.allervers.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "consortium")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"consortium", "organisation", "staff"})
    List<AppUser> findByConsortiumIdOrderByUsername(Long consortiumId);

    @EntityGraph(attributePaths = {"consortium", "organisation", "staff"})
    Optional<AppUser> findByIdAndConsortiumId(Long id, Long consortiumId);
}
