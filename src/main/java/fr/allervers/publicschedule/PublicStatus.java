package fr.allervers.publicschedule;

/**
 * What the public reads of a permanence it was shown. This is the one place that decides it: the page, the embed,
 * the posters, the JSON, the iCalendar feeds and the data·inclusion export all take the status from here.
 * <p>
 * Permanences carry no cancellation of their own yet, so it is derived from what the public schedule showed before
 * ({@link PublicEntry}): still in a published plan → planned; gone from the published plans while the same half-day
 * is held elsewhere in the same commune, or by the same van → moved; gone otherwise → cancelled. When the plan
 * lifecycle marks a permanence cancelled itself, that permanence stays in its published plan and maps to
 * {@link #CANCELLED} here, through {@code cancelledInPlan}.
 */
enum PublicStatus {
    PLANNED("prévue"),
    CANCELLED("annulée"),
    MOVED("déplacée");

    private final String french;

    PublicStatus(String french) {
        this.french = french;
    }

    String french() {
        return french;
    }

    /**
     * @param stillPublished  the permanence is in the plan that speaks for its day
     * @param cancelledInPlan the coordinator cancelled it in that plan
     * @param heldElsewhere   another published permanence holds the same half-day in the same commune or van
     */
    static PublicStatus of(boolean stillPublished, boolean cancelledInPlan, boolean heldElsewhere) {
        if (stillPublished) {
            return cancelledInPlan ? CANCELLED : PLANNED;
        }
        return heldElsewhere ? MOVED : CANCELLED;
    }
}
