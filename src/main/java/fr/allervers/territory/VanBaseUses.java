package fr.allervers.territory;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** A place that is a van's base is in use: the van would lose where it starts from. */
@Component
class VanBaseUses implements ItemUses {

    private final VanRepository vans;

    VanBaseUses(VanRepository vans) {
        this.vans = vans;
    }

    @Override
    public Optional<String> of(ConsortiumOwned item) {
        if (item instanceof Place place) {
            return ItemUses.counted(vans.countByBasePlace(place), "camion (lieu de base)", "camions (lieu de base)");
        }
        return Optional.empty();
    }
}
