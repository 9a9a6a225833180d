package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicEntryRepository extends JpaRepository<PublicEntry, Long> {

    List<PublicEntry> findByTerritoryIdAndDateBetween(long territoryId, LocalDate first, LocalDate last);
}
