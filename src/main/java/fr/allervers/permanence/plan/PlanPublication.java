package fr.allervers.permanence.plan;

import java.util.NoSuchElementException;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.CurrentConsortium;

/**
 * Publishing a plan to the field: from then on, field accounts find it in « Ma journée » and download their
 * calendar from it. Until then it is the coordinator's draft, free to change without anyone acting on it.
 * <p>
 * Only a finished plan that breaks no hard rule is published: a pair that is not a pair, a van in two places or a
 * person on leave would send someone to the wrong place. When several published plans of a territory cover a day,
 * the latest publication is the one the field reads.
 */
@Service
class PlanPublication {

    private final PermanencePlanRepository plans;
    private final CurrentConsortium currentConsortium;

    PlanPublication(PermanencePlanRepository plans, CurrentConsortium currentConsortium) {
        this.plans = plans;
        this.currentConsortium = currentConsortium;
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
        HardMediumSoftScore score = plan.getScore() == null ? null : HardMediumSoftScore.parseScore(plan.getScore());
        if (score == null || !score.isSolutionInitialized() || score.hardScore() < 0) {
            throw new PlanConflictException("le plan " + planId + " enfreint encore une règle impérative (score "
                    + plan.getScore() + ") : corrigez-la ou relancez le calcul avant de publier");
        }
        plan.publish();
        return plan;
    }

    @Transactional
    PermanencePlan withdraw(long planId) {
        PermanencePlan plan = plan(planId);
        plan.withdraw();
        return plan;
    }

    private PermanencePlan plan(long planId) {
        return plans.findByIdAndConsortium(planId, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("plan " + planId + " introuvable"));
    }
}
