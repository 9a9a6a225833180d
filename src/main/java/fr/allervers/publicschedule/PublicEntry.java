package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import fr.allervers.permanence.domain.DayPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A permanence the public schedule has shown (place, day, half-day): kept after it leaves the published plans, so
 * that the public reads it as cancelled or moved rather than seeing it vanish.
 */
@Entity
@Table(name = "public_schedule_entry")
class PublicEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long territoryId;

    @Column(name = "held_on")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private DayPart halfDay;

    private long placeId;

    private Long vanId;

    private OffsetDateTime firstShownAt;

    private OffsetDateTime goneSince;

    protected PublicEntry() {
    }

    PublicEntry(long territoryId, LocalDate date, DayPart halfDay, long placeId, Long vanId, OffsetDateTime now) {
        this.territoryId = territoryId;
        this.date = date;
        this.halfDay = halfDay;
        this.placeId = placeId;
        this.vanId = vanId;
        this.firstShownAt = now;
    }

    /** Published again (a re-plan that keeps it): shown as planned again. */
    void shownAgain(Long vanId) {
        this.goneSince = null;
        this.vanId = vanId;
    }

    void gone(OffsetDateTime now) {
        if (goneSince == null) {
            goneSince = now;
        }
    }

    LocalDate getDate() {
        return date;
    }

    DayPart getHalfDay() {
        return halfDay;
    }

    long getPlaceId() {
        return placeId;
    }

    Long getVanId() {
        return vanId;
    }

    OffsetDateTime getGoneSince() {
        return goneSince;
    }

    boolean isGone() {
        return goneSince != null;
    }
}
