package fr.allervers.editor;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.ItemUses;

/** What every item editor shares: whose data it is, and what else may name an item. */
@Component
class EditorContext {

    final CurrentConsortium currentConsortium;
    final List<ItemUses> uses;
    final TerritoryPoints points;

    EditorContext(CurrentConsortium currentConsortium, List<ItemUses> uses, TerritoryPoints points) {
        this.currentConsortium = currentConsortium;
        this.uses = List.copyOf(uses);
        this.points = points;
    }
}
