package fr.allervers.permanence.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.system.ServerOnly;

/**
 * At startup, a plan still SOLVING in the database was being solved when the service stopped without the chance
 * to say so (crash, kill). It is marked INTERRUPTED and keeps its last checkpoint, its best plan at most a few
 * seconds old: the coordinator sees a usable plan and can re-plan to continue. It is not resumed automatically,
 * so that a restart never starts minutes of solving nobody asked for again.
 */
@Component
@Order(10)
@ServerOnly
class PlanRecovery implements ApplicationRunner {

    static final String INTERRUPTED_MESSAGE =
            "Le service s'est arrêté pendant le calcul : le meilleur plan trouvé jusque-là est conservé.";
    private static final Logger LOG = LoggerFactory.getLogger(PlanRecovery.class);

    private final PermanencePlanRepository plans;
    private final PlanSolving solving;

    PlanRecovery(PermanencePlanRepository plans, PlanSolving solving) {
        this.plans = plans;
        this.solving = solving;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int count = recover();
        if (count > 0) {
            LOG.info("{} permanence plan(s) interrupted by the last shutdown marked INTERRUPTED", count);
        }
    }

    /** @return how many plans were marked; plans solving in this process are left alone */
    @Transactional
    public int recover() {
        int count = 0;
        for (PermanencePlan plan : plans.findByStatus(PlanStatus.SOLVING)) {
            if (!solving.isRunning(plan.getId())) {
                plan.finish(PlanStatus.INTERRUPTED, INTERRUPTED_MESSAGE);
                count++;
            }
        }
        return count;
    }
}
