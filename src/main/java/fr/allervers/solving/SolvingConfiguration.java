package fr.allervers.solving;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import fr.allervers.system.ServerOnly;

/**
 * The solving jobs' scheduler, built here from the application's {@link DataSource} (db-scheduler's Spring Boot
 * starter is not used: it brings its own schema handling and auto-configuration we do not need). The jobs table is
 * created by our Flyway migration V130.
 */
@Configuration(proxyBeanMethods = false)
class SolvingConfiguration {

    /** Stopped by {@link SolvingLifecycle} first; the destroy method is only a safety net (stop is idempotent). */
    @Bean(destroyMethod = "stop")
    SolvingJobs solvingJobs(DataSource dataSource, ObjectProvider<BackgroundSolver> solvers,
            SolvingProperties properties) {
        // Transaction-aware: a job submitted inside a transaction is committed, or rolled back, with its plan.
        return new SolvingJobs(new TransactionAwareDataSourceProxy(dataSource),
                () -> List.copyOf(solvers.orderedStream().toList()), properties, null);
    }

    /**
     * Starts taking jobs once the service is ready (the demo and the other start-up work are done) and, on a planned
     * shutdown, hands the running solves back early: it stops in the first shutdown phase, while the database is
     * still there for the checkpoints. Only the service takes jobs: a command line tool run beside it never does.
     */
    @Bean
    @ServerOnly
    SolvingLifecycle solvingLifecycle(SolvingJobs jobs, SolvingProperties properties, Environment environment) {
        return new SolvingLifecycle(jobs, properties, environment);
    }

    static final class SolvingLifecycle implements SmartLifecycle {

        private final SolvingJobs jobs;
        private final SolvingProperties properties;
        private final Environment environment;

        SolvingLifecycle(SolvingJobs jobs, SolvingProperties properties, Environment environment) {
            this.jobs = jobs;
            this.properties = properties;
            this.environment = environment;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void ready() {
            jobs.start(properties.instanceName(), environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "")));
        }

        /** Started by {@link #ready()}, not with the context: readiness waits for the start-up work. */
        @Override
        public boolean isAutoStartup() {
            return false;
        }

        @Override
        public void start() {
            // see ready()
        }

        @Override
        public void stop() {
            jobs.stop();
        }

        @Override
        public boolean isRunning() {
            return jobs.isStarted();
        }

        /**
         * Not paused with the context: the scheduler is started once, when the service is ready, and a stopped one
         * hands its jobs back for good. (Spring's test context cache pauses the contexts it is not using, then
         * restarts only auto-startup beans; pausing this one would leave that context without solving.)
         */
        @Override
        public boolean isPauseable() {
            return false;
        }

        /** Stopped first, before the web server's graceful shutdown ends and long before the database closes. */
        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 10;
        }
    }
}
