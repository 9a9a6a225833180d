package fr.allervers.maraude.plan;

/** Where a maraude plan stands: being solved, solved, or failed (the reason is in the plan). */
public enum MaraudePlanStatus {
    SOLVING, DONE, FAILED
}
