package fr.allervers.permanence.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of permanence planning, under {@code allervers.permanence}.
 *
 * @param maxSecondsLimit   the longest solving time a coordinator may ask for
 * @param fixedTeams        fixed permanences (centres sociaux, day centres, no van) that may run in parallel per
 *                          half-day when the request does not say
 * @param checkpointSeconds how often the best plan so far (with its score and the solving time spent) is written
 *                          to the database while solving: what another instance shows, and where a solve taken
 *                          over continues from. How many plans are solved at once: {@code allervers.solving.threads}
 */
@ConfigurationProperties("allervers.permanence")
public record PermanenceProperties(Integer maxSecondsLimit, Integer fixedTeams, Integer checkpointSeconds) {

    public PermanenceProperties {
        maxSecondsLimit = maxSecondsLimit == null ? 600 : maxSecondsLimit;
        fixedTeams = fixedTeams == null ? 1 : fixedTeams;
        checkpointSeconds = checkpointSeconds == null ? 2 : checkpointSeconds;
    }
}
