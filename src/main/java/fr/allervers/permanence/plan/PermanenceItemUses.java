package fr.allervers.permanence.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.allervers.territory.ConsortiumOwned;
import fr.allervers.territory.ItemUses;
import fr.allervers.territory.Place;
import fr.allervers.territory.Staff;
import fr.allervers.territory.Van;
import jakarta.persistence.EntityManager;

/** Permanence plans name their places, vans and staff by id; a person's calendar subscription names them too. */
@Component
class PermanenceItemUses implements ItemUses {

    private final EntityManager entityManager;

    PermanenceItemUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> of(ConsortiumOwned item) {
        List<String> uses = new ArrayList<>();
        if (item instanceof Place) {
            plans("select count(distinct p.plan.id) from PlanPermanence p where p.placeId = :id", item, uses);
        } else if (item instanceof Van) {
            plans("select count(distinct p.plan.id) from PlanPermanence p where p.vanId = :id", item, uses);
        } else if (item instanceof Staff) {
            plans("select count(distinct p.plan.id) from PlanPermanence p join p.staffIds s where s = :id", item, uses);
            ItemUses.counted(count("select count(f) from CalendarFeed f where f.staff.id = :id", item),
                    "abonnement de calendrier", "abonnements de calendrier").ifPresent(uses::add);
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
    }

    private void plans(String query, ConsortiumOwned item, List<String> uses) {
        ItemUses.counted(count(query, item), "plan de permanence", "plans de permanence").ifPresent(uses::add);
    }

    private long count(String query, ConsortiumOwned item) {
        return entityManager.createQuery(query, Long.class).setParameter("id", item.getId()).getSingleResult();
    }
}
