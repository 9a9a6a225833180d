package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.absence.AbsencesChanged;

/**
 * An absence declared (or removed) after a plan was computed re-scores the plans that cover it, published ones and
 * drafts, without solving: the plan's broken rules then name the person, the day and the permanence until the
 * coordinator replaces the person, cancels the permanence or re-plans. Plans being solved read the absences when
 * their solve ends; a plan that failed has nothing to score.
 * <p>
 * After commit, in the same request: the coordinator's next read already shows it, and a failure here never loses
 * the absence (it is logged; the next re-score, move or publication catches up).
 */
@Component
class AbsenceRescoring {

    private static final Logger LOG = LoggerFactory.getLogger(AbsenceRescoring.class);

    private final PermanencePlanRepository plans;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;
    private final TransactionTemplate transactions;

    AbsenceRescoring(PermanencePlanRepository plans, TerritoryProblemMapper mapper, PlanScoring scoring,
            PlatformTransactionManager transactionManager) {
        // After commit, the request's transaction is still bound: only a new one writes for sure.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.plans = plans;
        this.mapper = mapper;
        this.scoring = scoring;
    }

    /** One transaction per plan: one plan that cannot be scored does not hold back the others. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void absencesChanged(AbsencesChanged changed) {
        List<Long> ids = Objects.requireNonNull(transactions.execute(status -> plans.findOverlapping(
                changed.consortium(), changed.from(), changed.to()).stream()
                .filter(p -> p.getStatus() != PlanStatus.SOLVING && p.getStatus() != PlanStatus.FAILED)
                .map(PermanencePlan::getId).toList()));
        for (long id : ids) {
            try {
                transactions.executeWithoutResult(status -> plans.findById(id).ifPresent(plan -> scoring.rescore(
                        plan, mapper.load(plan.getTerritory(),
                                plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList(), true))));
            } catch (RuntimeException e) {
                LOG.warn("Re-scoring permanence plan {} after an absence failed", id, e);
            }
        }
    }
}
