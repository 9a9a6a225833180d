package fr.allervers.maraude.plan;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maraude planning settings, under {@code allervers.maraude.*}.
 *
 * @param defaultSeconds solving time when the request gives none
 * @param maxSeconds the longest solving time a request may ask for
 * @param unimprovedSeconds solving also stops after this long without a better plan
 * @param hotelServiceMinutes time spent at a 115 hotel, when planned from the territory's data
 * @param dayCentreServiceMinutes time spent at a day centre
 * @param hotspotServiceMinutes time spent at a street spot (public square, market)
 * @param maxDays days one plan may hold (each is solved: it bounds the work)
 * @param maxTeams teams one plan may have (each works every planned day)
 * @param maxVisits visits one plan may hold, listed and taken from the territory together: the solver's work grows
 *        with visits × team-days, and a plan above this would not be solved well in its time anyway
 * @param lunchFrom start of the lunch window; a team whose shift spans the whole window takes its break in it
 * @param lunchTo end of the lunch window
 * @param lunchMinutes length of the lunch break; 0 for none
 * @param maxWalkingKm the longest walk of a team on foot in a day, base to base
 * @param maxFootHours the longest round of a team on foot, lunch break excluded
 * @param balanceWeight how strongly workloads are evened out across teams (soft points per squared minute of busy
 *     time); 0 turns it off
 * @param maxHorizonDays the longest span of a plan, first to last day
 */
@ConfigurationProperties("allervers.maraude")
public record MaraudeProperties(Integer defaultSeconds, Integer maxSeconds, Integer unimprovedSeconds,
        Integer hotelServiceMinutes, Integer dayCentreServiceMinutes,
        Integer hotspotServiceMinutes, Integer maxDays, Integer maxTeams, Integer maxVisits, LocalTime lunchFrom,
        LocalTime lunchTo, Integer lunchMinutes, Double maxWalkingKm, Double maxFootHours, Integer balanceWeight,
        Integer maxHorizonDays) {

    public MaraudeProperties {
        defaultSeconds = defaultSeconds == null ? 30 : defaultSeconds;
        maxSeconds = maxSeconds == null ? 300 : maxSeconds;
        unimprovedSeconds = unimprovedSeconds == null ? 20 : unimprovedSeconds;
        hotelServiceMinutes = hotelServiceMinutes == null ? 30 : hotelServiceMinutes;
        dayCentreServiceMinutes = dayCentreServiceMinutes == null ? 45 : dayCentreServiceMinutes;
        hotspotServiceMinutes = hotspotServiceMinutes == null ? 20 : hotspotServiceMinutes;
        maxDays = maxDays == null ? 23 : maxDays;
        maxTeams = maxTeams == null ? 20 : maxTeams;
        maxVisits = maxVisits == null ? 500 : maxVisits;
        lunchFrom = lunchFrom == null ? LocalTime.of(12, 0) : lunchFrom;
        lunchTo = lunchTo == null ? LocalTime.of(14, 0) : lunchTo;
        lunchMinutes = lunchMinutes == null ? 45 : lunchMinutes;
        maxWalkingKm = maxWalkingKm == null ? 12.0 : maxWalkingKm;
        maxFootHours = maxFootHours == null ? 6.0 : maxFootHours;
        balanceWeight = balanceWeight == null ? 1 : balanceWeight;
        maxHorizonDays = maxHorizonDays == null ? 31 : maxHorizonDays;
    }
}
