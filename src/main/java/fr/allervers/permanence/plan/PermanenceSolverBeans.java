package fr.allervers.permanence.plan;

import java.time.Duration;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.solver.PermanenceSolverConfig;

/**
 * The solver beans, built by hand: the OptaPlanner Spring Boot starter does not run on Boot 4. The configured time
 * limit is only a safety net; each plan's own limit is enforced by {@link PlanSolving} with terminateEarly, on
 * the job thread of the background solving (package {@code solving}), which bounds how many plans run at once.
 */
@Configuration(proxyBeanMethods = false)
class PermanenceSolverBeans {

    @Bean
    SolverFactory<PermanenceSchedule> permanenceSolverFactory(PermanenceProperties properties) {
        return SolverFactory.create(PermanenceSolverConfig.create(
                PermanenceSolverConfig.timeLimit(Duration.ofSeconds(properties.maxSecondsLimit() + 5L))));
    }

    @Bean
    SolutionManager<PermanenceSchedule, HardMediumSoftScore> permanenceSolutionManager(
            SolverFactory<PermanenceSchedule> factory) {
        return SolutionManager.create(factory);
    }
}
