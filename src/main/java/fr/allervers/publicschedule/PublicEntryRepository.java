package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicEntryRepository extends JpaRepository<PublicEntry, Long> {

    List<PublicEntry> findByTerritoryIdAndDateBetween(long territoryId, LocalDate first, LocalDate last);

    /** Past days are no news to anyone: what was shown then is forgotten a month later. */
    @Modifying
    @Query("delete from PublicEntry e where e.territoryId = :territoryId and e.date < :before")
    int forgetBefore(@Param("territoryId") long territoryId, @Param("before") LocalDate before);
}
