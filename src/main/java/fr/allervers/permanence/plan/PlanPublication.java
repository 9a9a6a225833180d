package fr.allervers.permanence.plan;


import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.solver.PlanExplanation;
import fr.allervers.security.AuditTrail;
import fr.allervers.security.CurrentConsortium;

/**
 * Publishing a plan to the field: from then on, field accounts find it in « Ma journée » and download their
 * calendar from it. Until then it is the coordinator's draft, free to change without anyone acting on it.
 * <p>
 * Only a finished plan that breaks no hard rule is published: a pair that is not a pair, a van in two places or a
 * person on leave would send someone to the wrong place. The plan is scored again at publication, with today's
 * absences and targets: a plan computed before someone fell ill is not sent out as it was. When several published
 * plans of a territory cover a day, the latest publication is the one the field reads.
 */
@Service
class PlanPublication {

    private final PermanencePlanRepository plans;
    private final CurrentConsortium currentConsortium;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;
    private final AuditTrail audit;

    PlanPublication(PermanencePlanRepository plans, CurrentConsortium currentConsortium, TerritoryProblemMapper mapper,
            PlanScoring scoring, AuditTrail audit) {
        this.audit = audit;
        this.plans = plans;
        this.currentConsortium = currentConsortium;
        this.mapper = mapper;
        this.scoring = scoring;
    }

    @Transactional
    PermanencePlan publish(long planId) {
        PermanencePlan plan = plan(planId);
        if (plan.getStatus() != PlanStatus.DONE) {
            throw new PlanConflictException(switch (plan.getStatus()) {
                case SOLVING -> "le plan " + planId + " est en cours de calcul : publiez-le une fois terminé";
                case FAILED -> "le calcul du plan " + planId + " a échoué : il ne peut pas être publié";
                default -> "le calcul du plan " + planId + " a été interrompu : relancez-le (replan) avant de le"
                        + " publier";
            });
        }
        TerritoryData data = mapper.load(plan.getTerritory(),
                plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList(), true);
        PlanScoring.Scored scored = scoring.score(plan, data);
        PlanExplanation explanation = scored.explanation();
        HardMediumSoftScore score = explanation.score();
        if (!score.isSolutionInitialized() || score.hardScore() < 0) {
            // Refused: nothing is written; the message names the first rules to fix, the explanation has them all.
            throw new PlanConflictException("le plan " + planId + " enfreint une règle impérative (score " + score
                    + " ; règles non respectées : " + String.join(" ; ", explanation.brokenRules()) + ") : corrigez"
                    + " le plan ou relancez le calcul avant de publier");
        }
        plan.scored(score.toString(), explanation.brokenRules(), scoring.brokenRules(plan, scored));
        plan.publish();
        // A new version replaces, for the field, the published one it re-plans: the trail names both.
        audit.recordChange(AuditTrail.PLAN_PUBLISHED, describe(plan) + (plan.getPreviousVersion() == null ? ""
                : " (nouvelle version du plan n° " + plan.getPreviousVersion().getId() + ")"),
                plan.getConsortium().getId());
        return plan;
    }

    @Transactional
    PermanencePlan withdraw(long planId) {
        PermanencePlan plan = plan(planId);
        boolean wasPublished = plan.isPublished();
        plan.withdraw();
        if (wasPublished) {
            audit.recordChange(AuditTrail.PLAN_WITHDRAWN, describe(plan), plan.getConsortium().getId());
        }
        return plan;
    }

    static String describe(PermanencePlan plan) {
        return "plan de permanences n° " + plan.getId() + " (territoire « " + plan.getTerritory().getName() + " », "
                + plan.getFrom() + " – " + plan.getTo() + ")";
    }

    private PermanencePlan plan(long planId) {
        return plans.getInConsortium(planId, currentConsortium.get());
    }
}
