package fr.allervers.permanence.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of permanence planning, under {@code allervers.permanence}.
 *
 * @param maxSecondsLimit   the longest solving time a coordinator may ask for
 * @param fixedTeams        fixed permanences (centres sociaux, day centres, no van) that may run in parallel per
 *                          half-day when the request does not say
 * @param checkpointSeconds how often the best plan so far is written to the database while solving
 * @param parallelSolvers   plans solved at the same time; further plans wait their turn (status SOLVING)
 */
@ConfigurationProperties("allervers.permanence")
public record PermanenceProperties(Integer maxSecondsLimit, Integer fixedTeams, Integer checkpointSeconds,
                                   Integer parallelSolvers) {

    public PermanenceProperties {
        maxSecondsLimit = maxSecondsLimit == null ? 600 : maxSecondsLimit;
        fixedTeams = fixedTeams == null ? 1 : fixedTeams;
        checkpointSeconds = checkpointSeconds == null ? 2 : checkpointSeconds;
        parallelSolvers = parallelSolvers == null ? 1 : parallelSolvers;
    }
}
