package fr.allervers.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    /** Usernames are stored in their {@link Usernames#normalise normal form}: an exact, indexed match. */
    @EntityGraph(attributePaths = "consortium")
    Optional<AppUser> findByUsername(String username);

    /**
     * The account a typed user name designates, whatever its letter case: the name is put in the stored form
     * ({@link Usernames#normalise}) and matched exactly, never with the database's Unicode case folding.
     */
    default Optional<AppUser> findByUsernameIgnoreCase(String typed) {
        return findByUsername(Usernames.normalise(typed));
    }

    /** The accounts named {@code prefix…}: an OIDC e-mail's accounts in each consortium's namespace. */
    List<AppUser> findByUsernameStartingWith(String prefix);

    @EntityGraph(attributePaths = {"consortium", "organisation", "staff"})
    List<AppUser> findByConsortiumIdOrderByUsername(Long consortiumId);

    @EntityGraph(attributePaths = {"consortium", "organisation", "staff"})
    Optional<AppUser> findByIdAndConsortiumId(Long id, Long consortiumId);

    /** Usernames are stored lower-cased, and a principal carries the stored one: an exact, indexed match. */
    @Query("select new fr.allervers.security.AccountState(u.enabled, u.mustChangePassword, "
            + "u.sessionGeneration) from AppUser u where u.username = :username")
    Optional<AccountState> findStateByUsername(@Param("username") String username);

    /** Whether the person's account has been disabled: their calendar subscription then answers nothing. */
    boolean existsByStaffIdAndEnabledFalse(Long staffId);

    long countByConsortiumIdAndRoleNot(Long consortiumId, Role role);
}
