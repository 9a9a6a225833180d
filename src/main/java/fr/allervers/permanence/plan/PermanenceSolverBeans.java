package fr.allervers.permanence.plan;

import java.time.Duration;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.solver.PermanenceSolverConfig;

/**
 * The solver beans, built by hand: the OptaPlanner Spring Boot starter does not run on Boot 4. The configured time
 * limit is only a safety net; each plan's own limit is enforced by {@link PlanSolving} with terminateEarly.
 */
@Configuration(proxyBeanMethods = false)
class PermanenceSolverBeans {

    @Bean
    SolverFactory<PermanenceSchedule> permanenceSolverFactory(PermanenceProperties properties) {
        return SolverFactory.create(PermanenceSolverConfig.create(
                PermanenceSolverConfig.timeLimit(Duration.ofSeconds(properties.maxSecondsLimit() + 5L))));
    }

    @Bean(destroyMethod = "close")
    SolverManager<PermanenceSchedule, Long> permanenceSolverManager(SolverFactory<PermanenceSchedule> factory,
            PermanenceProperties properties) {
        return SolverManager.create(factory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(properties.parallelSolvers())));
    }

    @Bean
    SolutionManager<PermanenceSchedule, HardMediumSoftScore> permanenceSolutionManager(
            SolverFactory<PermanenceSchedule> factory) {
        return SolutionManager.create(factory);
    }
}
