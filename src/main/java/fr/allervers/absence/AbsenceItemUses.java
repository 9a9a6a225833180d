package fr.allervers.absence;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.allervers.territory.ConsortiumOwned;
import fr.allervers.territory.ItemUses;
import fr.allervers.territory.Staff;
import fr.allervers.territory.Van;
import jakarta.persistence.EntityManager;

/** Declared absences and van unavailability belong to their person or van: deleting it would delete them. */
@Component
class AbsenceItemUses implements ItemUses {

    private final EntityManager entityManager;

    AbsenceItemUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<String> of(ConsortiumOwned item) {
        if (item instanceof Staff) {
            return ItemUses.counted(count("select count(a) from StaffAbsence a where a.staff.id = :id", item),
                    "absence déclarée", "absences déclarées");
        }
        if (item instanceof Van) {
            return ItemUses.counted(count("select count(a) from VanUnavailability a where a.van.id = :id", item),
                    "indisponibilité déclarée", "indisponibilités déclarées");
        }
        return Optional.empty();
    }

    private long count(String query, ConsortiumOwned item) {
        return entityManager.createQuery(query, Long.class).setParameter("id", item.getId()).getSingleResult();
    }
}
