package fr.allervers.permanence.targets;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Commune;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Territory;

/** Reads and sets the per-commune targets of the current consortium's territories. */
@Service
public class CommuneTargets {

    private final CommuneTargetRepository targets;
    private final TenantTerritories territories;
    private final CurrentConsortium currentConsortium;

    CommuneTargets(CommuneTargetRepository targets, TenantTerritories territories,
            CurrentConsortium currentConsortium) {
        this.targets = targets;
        this.territories = territories;
        this.currentConsortium = currentConsortium;
    }

    /** The targets set for the territory's communes, by INSEE code; a commune missing here uses {@link Targets#DEFAULT}. */
    @Transactional(readOnly = true)
    public Map<String, Targets> of(Territory territory) {
        return targets.findOf(territory.getConsortium(), territory.getId()).stream()
                .collect(Collectors.toMap(CommuneTarget::getInsee, CommuneTarget::targets));
    }

    @Transactional(readOnly = true)
    Targets get(long territoryId, String insee) {
        commune(territory(territoryId), insee);
        return targets.findEntry(currentConsortium.get(), territoryId, insee).map(CommuneTarget::targets)
                .orElse(Targets.DEFAULT);
    }

    @Transactional(readOnly = true)
    boolean isCustom(long territoryId, String insee) {
        return targets.findEntry(currentConsortium.get(), territoryId, insee).isPresent();
    }

    @Transactional
    Targets set(long territoryId, String insee, Targets wanted) {
        Territory territory = territory(territoryId);
        commune(territory, insee);
        CommuneTarget target = targets.findEntry(territory.getConsortium(), territoryId, insee)
                .orElseGet(() -> new CommuneTarget(territory, insee));
        target.set(wanted);
        targets.save(target);
        return wanted;
    }

    @Transactional
    void reset(long territoryId, String insee) {
        commune(territory(territoryId), insee);
        targets.findEntry(currentConsortium.get(), territoryId, insee).ifPresent(targets::delete);
    }

    Commune commune(Territory territory, String insee) {
        return territory.getCommunes().stream().filter(c -> c.getInsee().equals(insee)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("la commune " + insee + " ne fait pas partie du territoire "
                        + territory.getName()));
    }

    Territory territory(long territoryId) {
        return territories.require(territoryId);
    }
}
