package fr.allervers.publicschedule;

import java.time.OffsetDateTime;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.security.AuditTrail;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * The coordinator's switch of a territory's public schedule, and the one check every public address makes: a
 * territory whose schedule is off is as unknown as one that does not exist (404, same words).
 */
@Service
class PublicScheduleSwitch {

    /** @param changedAt null while it was never switched */
    record State(long territoryId, boolean enabled, OffsetDateTime changedAt) {
    }

    private final PublicScheduleSettingRepository settings;
    private final TenantTerritories tenantTerritories;
    private final TerritoryRepository territories;
    private final AuditTrail audit;

    PublicScheduleSwitch(PublicScheduleSettingRepository settings, TenantTerritories tenantTerritories,
            TerritoryRepository territories, AuditTrail audit) {
        this.settings = settings;
        this.tenantTerritories = tenantTerritories;
        this.territories = territories;
        this.audit = audit;
    }

    @Transactional
    State set(Long territoryId, boolean enabled) {
        Territory territory = tenantTerritories.require(territoryId);
        PublicScheduleSetting setting = settings.findById(territory.getId())
                .orElseGet(() -> new PublicScheduleSetting(territory.getId()));
        boolean changed = setting.getChangedAt() == null || setting.isEnabled() != enabled;
        if (changed) {
            setting.switchTo(enabled);
            settings.save(setting);
            audit.recordChange(AuditTrail.PUBLIC_SCHEDULE_CHANGED, "horaires publics du territoire n° "
                    + territory.getId() + " (« " + territory.getName() + " ») : " + (enabled ? "activés" : "désactivés"),
                    territory.getConsortium().getId());
        }
        return new State(territory.getId(), setting.isEnabled(), setting.getChangedAt());
    }

    @Transactional(readOnly = true)
    State get(Long territoryId) {
        Territory territory = tenantTerritories.require(territoryId);
        return settings.findById(territory.getId())
                .map(s -> new State(territory.getId(), s.isEnabled(), s.getChangedAt()))
                .orElseGet(() -> new State(territory.getId(), false, null));
    }

    /** A territory open to the public, with when its switch last changed; 404 otherwise, whatever the reason. */
    record Open(Territory territory, OffsetDateTime switchedAt) {
    }

    /** For anonymous callers: no consortium to scope by, the switch is the key. */
    @Transactional(readOnly = true)
    Open requireOpen(long territoryId) {
        return settings.findById(territoryId).filter(PublicScheduleSetting::isEnabled)
                .flatMap(s -> territories.findById(territoryId).map(t -> {
                    t.getCommunes().size(); // read while the transaction is open: the pages name the communes
                    t.getConsortium().getId();
                    return new Open(t, s.getChangedAt());
                }))
                .orElseThrow(() -> new NoSuchElementException("aucun horaire public pour le territoire "
                        + territoryId + " : l'adresse est inconnue ou la coordination ne l'a pas ouverte"));
    }
}
