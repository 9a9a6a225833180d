package fr.allervers.solving;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Background solving, under {@code allervers.solving}. A solve whose instance dies is taken over by another within
 * about {@code heartbeat × missedHeartbeats + 2 × heartbeat + polling} (15 s with the defaults).
 *
 * @param threads          plans this instance solves at once (each uses one core); the others wait in line, on
 *                         this instance or another
 * @param heartbeat        how often a solving instance marks its jobs alive in the database
 * @param missedHeartbeats heartbeats missed in a row after which a job is taken as dead and solved elsewhere (at
 *                         least 4)
 * @param polling          how often an idle instance looks for a job to take
 * @param shutdownWait     how long a planned shutdown waits for the running solves to checkpoint and hand back
 * @param instanceName     the name this instance writes in {@code scheduled_tasks.picked_by}; empty: host name,
 *                         server port and process id
 */
@ConfigurationProperties("allervers.solving")
public record SolvingProperties(Integer threads, Duration heartbeat, Integer missedHeartbeats, Duration polling,
        Duration shutdownWait, String instanceName) {

    public SolvingProperties {
        threads = threads == null ? 1 : threads;
        heartbeat = heartbeat == null ? Duration.ofSeconds(2) : heartbeat;
        missedHeartbeats = missedHeartbeats == null ? 5 : missedHeartbeats;
        polling = polling == null ? Duration.ofSeconds(1) : polling;
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(20) : shutdownWait;
        instanceName = instanceName == null ? "" : instanceName.trim();
        if (threads < 1) {
            throw new IllegalArgumentException("allervers.solving.threads must be at least 1");
        }
        if (missedHeartbeats < 4) {
            // db-scheduler's own lower bound: fewer would take a job of a busy instance for a dead one.
            throw new IllegalArgumentException("allervers.solving.missed-heartbeats must be at least 4");
        }
    }

    /** How long a job's heartbeat may be silent before another instance takes it over. */
    public Duration deadAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }
}
