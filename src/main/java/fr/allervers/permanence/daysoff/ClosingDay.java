package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumScoped;
import fr.allervers.territory.HalfDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A day, or a half-day, when the consortium holds no permanence: a bridge day, the afternoon of 24 December, a team
 * day. No plan refers to it (plans hold dates), so removing one loses nothing.
 */
@Entity
class ClosingDay extends ConsortiumScoped {

    @Column(name = "closed_on")
    private LocalDate date;

    /** Null for the whole day. */
    @Enumerated(EnumType.STRING)
    private HalfDay halfDay;

    private String reason;

    private OffsetDateTime createdAt;

    private String createdBy;

    protected ClosingDay() {
    }

    ClosingDay(Consortium consortium, LocalDate date, HalfDay halfDay, String reason, String createdBy) {
        super(consortium);
        this.date = date;
        this.halfDay = halfDay;
        this.reason = reason;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.createdBy = createdBy;
    }

    /** Whether both close at least one same half-day. */
    boolean overlaps(LocalDate otherDate, HalfDay otherHalfDay) {
        return date.equals(otherDate) && (halfDay == null || otherHalfDay == null || halfDay == otherHalfDay);
    }

    LocalDate getDate() {
        return date;
    }

    HalfDay getHalfDay() {
        return halfDay;
    }

    String getReason() {
        return reason;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
