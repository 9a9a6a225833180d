package fr.allervers.permanence.daysoff;

import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by consortium id: a consortium only ever reads its own row. */
interface DaysOffSettingsRepository extends JpaRepository<DaysOffSettings, Long> {
}
