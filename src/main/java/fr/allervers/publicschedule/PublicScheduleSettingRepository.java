package fr.allervers.publicschedule;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicScheduleSettingRepository extends JpaRepository<PublicScheduleSetting, Long> {
}
