package fr.allervers.maraude.plan;

/** An export asked for a plan that is still solving or has failed. */
class PlanNotReadyException extends RuntimeException {

    PlanNotReadyException(long planId, MaraudePlanStatus status) {
        super("Le plan de maraude " + planId + " n'est pas prêt (statut " + status + ") : "
                + (status == MaraudePlanStatus.SOLVING ? "réessayez une fois le calcul terminé." : "le calcul a échoué."));
    }
}
