package fr.allervers.permanence.plan;

/**
 * SOLVING: queued or running. DONE: the time limit was reached. FAILED: the solver threw. INTERRUPTED: the service
 * stopped while solving; the best plan found until then is kept, and "replan" continues from it.
 */
public enum PlanStatus {
    SOLVING, DONE, FAILED, INTERRUPTED
}
