package fr.allervers.permanence.targets;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import fr.allervers.territory.Territory;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The targets a coordinator set for one commune of a territory. */
@Entity
class CommuneTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    private String insee;

    private int minPerMonth;

    private int maxPerMonth;

    private int minSpacingDays;

    private OffsetDateTime updatedAt;

    protected CommuneTarget() {
    }

    CommuneTarget(Territory territory, String insee) {
        this.territory = territory;
        this.insee = insee;
    }

    void set(Targets targets) {
        this.minPerMonth = targets.minPerMonth();
        this.maxPerMonth = targets.maxPerMonth();
        this.minSpacingDays = targets.minSpacingDays();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    String getInsee() {
        return insee;
    }

    Targets targets() {
        return new Targets(minPerMonth, maxPerMonth, minSpacingDays);
    }

    OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
