package fr.allervers.permanence.plan;

import org.springframework.stereotype.Component;

import fr.allervers.security.SignedInStaff;

/**
 * What a field account may read of the plans, beyond the role rules of SecurityConfig: its own person's calendar
 * and subscription only, and published plans only (a draft answers 403, and lists leave drafts out). Coordinators
 * and admins read anything in their consortium.
 */
@Component
class PlanAccess {

    private final SignedInStaff signedInStaff;

    PlanAccess(SignedInStaff signedInStaff) {
        this.signedInStaff = signedInStaff;
    }

    /** @param refusal what the field account is told, e.g. « vous ne pouvez télécharger que votre propre calendrier » */
    void requireSelfOrManager(long staffId, String refusal) {
        if (!signedInStaff.managesPlans()
                && signedInStaff.current().map(link -> link.staffId() != staffId).orElse(true)) {
            throw new PlanAccessDeniedException(refusal + " (compte lié à un professionnel : voir /api/me)");
        }
    }

    /** Coordination only, e.g. comparing versions of a plan (drafts included). */
    void requireManager(String refusal) {
        if (!signedInStaff.managesPlans()) {
            throw new PlanAccessDeniedException(refusal);
        }
    }

    /** Whether the signed-in account reads drafts: coordinators and admins do, field accounts never. */
    boolean readsDrafts() {
        return signedInStaff.managesPlans();
    }

    /**
     * A draft is the coordinator's: a field account is refused every part of it (the plan, its explanation, its
     * progress, its calendars, its CSV, « Ma journée » in it) with 403 until it is published, and the list leaves
     * it out.
     */
    void requirePublishedForField(PermanencePlan plan) {
        if (!readsDrafts() && !plan.isPublished()) {
            throw new PlanAccessDeniedException("le plan " + plan.getId() + " n'est pas encore publié par la"
                    + " coordination");
        }
    }
}
