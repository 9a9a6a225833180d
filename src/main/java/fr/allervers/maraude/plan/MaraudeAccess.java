package fr.allervers.maraude.plan;

import org.springframework.stereotype.Component;

import fr.allervers.security.SignedInStaff;

/**
 * What a field account may read of maraude plans beyond the role rules of SecurityConfig: published plans only, as
 * for permanence plans. A draft names 115 hotels to a coordinator who may still change it; until it is published a
 * field account is refused the plan, its GPX, its route sheet and its check-offs (403), and lists leave it out.
 */
@Component
class MaraudeAccess {

    private final SignedInStaff signedInStaff;

    MaraudeAccess(SignedInStaff signedInStaff) {
        this.signedInStaff = signedInStaff;
    }

    /** Coordinators and admins read drafts; field accounts never. */
    boolean readsDrafts() {
        return signedInStaff.managesPlans();
    }

    void requirePublishedForField(MaraudePlan plan) {
        if (!readsDrafts() && !plan.isPublished()) {
            throw new MaraudeAccessDeniedException("le plan de maraude " + plan.getId()
                    + " n'est pas encore publié par la coordination");
        }
    }
}
