package fr.allervers.permanence.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.allervers.territory.Staff;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenSha256(String tokenSha256);

    Optional<CalendarFeed> findByStaff(Staff staff);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeed f where f.staff = :staff")
    int deleteByStaff(@Param("staff") Staff staff);
}
