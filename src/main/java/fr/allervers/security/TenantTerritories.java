package fr.allervers.security;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * The one way to read "a territory of the current consortium" by id: the consortium is in the query, so another
 * consortium's territory is exactly as unknown as one that does not exist (404, same words).
 */
@Component
public class TenantTerritories {

    private final TerritoryRepository territories;
    private final CurrentConsortium currentConsortium;

    TenantTerritories(TerritoryRepository territories, CurrentConsortium currentConsortium) {
        this.territories = territories;
        this.currentConsortium = currentConsortium;
    }

    /** The territory with its communes; {@link NoSuchElementException} (404) when it is not the consortium's. */
    @Transactional(readOnly = true)
    public Territory require(Long territoryId) {
        if (territoryId == null) {
            throw new IllegalArgumentException("territoryId manquant : indiquez le territoire.");
        }
        return territories.findByIdAndConsortium(territoryId, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("territoire " + territoryId + " introuvable"));
    }
}
