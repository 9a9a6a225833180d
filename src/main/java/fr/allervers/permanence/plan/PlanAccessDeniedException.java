package fr.allervers.permanence.plan;

/** A field account asking for someone else's part of a plan: 403 with a French detail. */
class PlanAccessDeniedException extends RuntimeException {

    PlanAccessDeniedException(String message) {
        super(message);
    }
}
