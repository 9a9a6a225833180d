package fr.allervers.maraude.plan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.allervers.system.ServerOnly;

/**
 * When the service starts, solves again the maraude plans a stop left SOLVING. Only the service does it: a
 * command line tool run beside it against the same database must not take its plans.
 */
@Component
@Order(20)
@ServerOnly
class MaraudeResumption implements ApplicationRunner {

    private final MaraudeSolving solving;

    MaraudeResumption(MaraudeSolving solving) {
        this.solving = solving;
    }

    @Override
    public void run(ApplicationArguments args) {
        solving.resumeUnfinished();
    }
}
