package fr.allervers.publicschedule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a territory's public schedule is on; no row means off. */
@Entity
@Table(name = "public_schedule")
class PublicScheduleSetting {

    @Id
    @Column(name = "territory_id")
    private Long territoryId;

    private boolean enabled;

    private OffsetDateTime changedAt;

    protected PublicScheduleSetting() {
    }

    PublicScheduleSetting(long territoryId) {
        this.territoryId = territoryId;
    }

    void switchTo(boolean enabled) {
        this.enabled = enabled;
        this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    boolean isEnabled() {
        return enabled;
    }

    OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
