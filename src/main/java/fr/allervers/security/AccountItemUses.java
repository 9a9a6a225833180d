package fr.allervers.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.allervers.territory.ConsortiumOwned;
import fr.allervers.territory.ItemUses;
import fr.allervers.territory.Staff;
import jakarta.persistence.EntityManager;

/** A person linked to a field account is that account's « Ma journée »: the link must keep pointing somewhere. */
@Component
class AccountItemUses implements ItemUses {

    private final EntityManager entityManager;

    AccountItemUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> of(ConsortiumOwned item) {
        if (!(item instanceof Staff)) {
            return Optional.empty();
        }
        long accounts = entityManager.createQuery("select count(u) from AppUser u where u.staff.id = :id", Long.class)
                .setParameter("id", item.getId()).getSingleResult();
        return ItemUses.counted(accounts, "compte lié", "comptes liés");
    }
}
