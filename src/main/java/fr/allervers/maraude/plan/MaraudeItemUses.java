package fr.allervers.maraude.plan;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.allervers.territory.ConsortiumOwned;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.ItemUses;
import fr.allervers.territory.Place;
import jakarta.persistence.EntityManager;

/**
 * Maraude plans name the hotels and places they visit and the places their teams start from. Deleting one would
 * only blank the link (the plan keeps its own copy of the name and point), but the hotel's visit history would go.
 */
@Component
class MaraudeItemUses implements ItemUses {

    private final EntityManager entityManager;

    MaraudeItemUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> of(ConsortiumOwned item) {
        long plans = 0;
        if (item instanceof Hotel) {
            plans = count("select count(distinct v.plan.id) from MaraudeVisit v where v.hotelId = :id", item);
        } else if (item instanceof Place) {
            plans = count("select count(distinct p.id) from MaraudePlan p where exists (select v from MaraudeVisit v"
                    + " where v.plan = p and v.placeId = :id) or exists (select t from MaraudeTeam t"
                    + " where t.plan = p and t.basePlaceId = :id)", item);
        }
        return ItemUses.counted(plans, "plan de maraude", "plans de maraude");
    }

    private long count(String query, ConsortiumOwned item) {
        return entityManager.createQuery(query, Long.class).setParameter("id", item.getId()).getSingleResult();
    }
}
