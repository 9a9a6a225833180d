package fr.allervers.permanence.plan;

/** The request is valid but the plan cannot take it now (being solved, van already booked): HTTP 409. */
class PlanConflictException extends RuntimeException {

    PlanConflictException(String message) {
        super(message);
    }
}
