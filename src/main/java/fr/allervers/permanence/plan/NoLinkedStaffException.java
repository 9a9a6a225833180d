package fr.allervers.permanence.plan;

import java.util.NoSuchElementException;

/** "Ma journée" for an account that no admin has linked to a staff record: 404 with its own problem type. */
class NoLinkedStaffException extends NoSuchElementException {

    NoLinkedStaffException(String username) {
        super("aucun professionnel n'est lié au compte « " + username
                + " » : demandez à un administrateur de le lier à votre fiche");
    }
}
