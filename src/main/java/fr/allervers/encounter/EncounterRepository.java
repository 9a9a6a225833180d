package fr.allervers.encounter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;

public interface EncounterRepository extends JpaRepository<Encounter, Long> {

    @Query("select e.fingerprint from Encounter e where e.consortium = :consortium and e.fingerprint in :fingerprints")
    List<String> findExistingFingerprints(@Param("consortium") Consortium consortium,
            @Param("fingerprints") Collection<String> fingerprints);

    java.util.Optional<Encounter> findByConsortiumAndFingerprint(Consortium consortium, String fingerprint);

    boolean existsByConsortiumAndSource(Consortium consortium, EncounterSource source);

    /** Retention applies to every consortium alike: it is the same rule, announced in the README. */
    @Modifying
    @Transactional
    @Query("delete from Encounter e where e.metAt < :cutoff")
    int deleteOlderThan(@Param("cutoff") Instant cutoff);
}
