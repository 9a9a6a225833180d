package fr.allervers.permanence.plan;

import org.springframework.stereotype.Component;

import fr.allervers.security.SignedInStaff;

/**
 * What a field account may read of the plans, beyond the role rules of SecurityConfig: its own person's calendar
 * and subscription only, and published plans only. Coordinators and admins read anything in their consortium.
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

    /** A draft is the coordinator's: a field account is refused it until it is published. */
    void requirePublishedForField(PermanencePlan plan) {
        if (!signedInStaff.managesPlans() && !plan.isPublished()) {
            throw new PlanAccessDeniedException("le plan " + plan.getId() + " n'est pas encore publié par la"
                    + " coordination");
        }
    }
}
