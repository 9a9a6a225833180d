package fr.allervers.maraude.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.security.AuditTrail;

/**
 * Publishing a maraude plan to the field, as for permanence plans: from then on field accounts find it in « Ma
 * journée », download its GPX and route sheets and check off its stops. Until then it is the coordinator's draft.
 * Only a solved plan that breaks no hard rule goes out: an infeasible one would send a team past its shift or to a
 * closed door.
 */
@Service
class MaraudePublication {

    private final MaraudePlanViews views;
    private final AuditTrail audit;

    MaraudePublication(MaraudePlanViews views, AuditTrail audit) {
        this.views = views;
        this.audit = audit;
    }

    @Transactional
    PlanView publish(long id) {
        MaraudePlan plan = views.plan(id);
        if (plan.getStatus() == MaraudePlanStatus.DONE && Boolean.FALSE.equals(plan.getFeasible())) {
            throw new MaraudeConflictException("le plan de maraude " + id + " enfreint une règle impérative (score "
                    + plan.getScore() + ") : relancez le calcul avec d'autres équipes ou horaires avant de le"
                    + " publier");
        }
        boolean wasPublished = plan.isPublished();
        plan.publish();
        if (!wasPublished) {
            audit.recordChange(AuditTrail.PLAN_PUBLISHED, describe(plan), plan.getConsortium().getId());
        }
        return MaraudePlanViews.view(plan);
    }

    @Transactional
    PlanView withdraw(long id) {
        MaraudePlan plan = views.plan(id);
        if (plan.isPublished()) {
            plan.withdraw();
            audit.recordChange(AuditTrail.PLAN_WITHDRAWN, describe(plan), plan.getConsortium().getId());
        }
        return MaraudePlanViews.view(plan);
    }

    static String describe(MaraudePlan plan) {
        var dates = plan.getDates();
        return "plan de maraude n° " + plan.getId() + " (territoire « " + plan.getTerritory().getName() + " », "
                + dates.get(0) + (dates.size() > 1 ? " – " + dates.get(dates.size() - 1) : "") + ")";
    }
}
