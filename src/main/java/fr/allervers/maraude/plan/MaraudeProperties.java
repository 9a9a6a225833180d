package fr.allervers.maraude.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maraude planning settings, under {@code allervers.maraude.*}.
 *
 * @param defaultSeconds solving time when the request gives none
 * @param maxSeconds the longest solving time a request may ask for
 * @param unimprovedSeconds solving also stops after this long without a better plan
 * @param parallelSolvers plans solved at the same time (each uses one core); the others wait in line
 * @param hotelServiceMinutes time spent at a 115 hotel, when planned from the territory's data
 * @param dayCentreServiceMinutes time spent at a day centre
 * @param hotspotServiceMinutes time spent at a street spot (public square, market)
 * @param maxDays days one plan may cover
 * @param maxTeams teams one plan may have (each works every planned day)
 * @param maxVisits visits one plan may hold, listed and taken from the territory together: the solver's work grows
 *        with visits × team-days, and a plan above this would not be solved well in its time anyway
 */
@ConfigurationProperties("allervers.maraude")
public record MaraudeProperties(Integer defaultSeconds, Integer maxSeconds, Integer unimprovedSeconds,
        Integer parallelSolvers, Integer hotelServiceMinutes, Integer dayCentreServiceMinutes,
        Integer hotspotServiceMinutes, Integer maxDays, Integer maxTeams, Integer maxVisits) {

    public MaraudeProperties {
        defaultSeconds = defaultSeconds == null ? 30 : defaultSeconds;
        maxSeconds = maxSeconds == null ? 300 : maxSeconds;
        unimprovedSeconds = unimprovedSeconds == null ? 20 : unimprovedSeconds;
        parallelSolvers = parallelSolvers == null ? 1 : parallelSolvers;
        hotelServiceMinutes = hotelServiceMinutes == null ? 30 : hotelServiceMinutes;
        dayCentreServiceMinutes = dayCentreServiceMinutes == null ? 45 : dayCentreServiceMinutes;
        hotspotServiceMinutes = hotspotServiceMinutes == null ? 20 : hotspotServiceMinutes;
        maxDays = maxDays == null ? 7 : maxDays;
        maxTeams = maxTeams == null ? 20 : maxTeams;
        maxVisits = maxVisits == null ? 500 : maxVisits;
    }
}
