package fr.allervers.maraude.domain;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The humane side of a round, the same for every team of a plan: a lunch break in a daily window, how far and how
 * long a team on foot may go, and how strongly workloads are evened out across teams. {@link #NONE} leaves the
 * model as a plain VRPTW (the Solomon benchmark).
 *
 * @param lunchFrom start of the daily lunch window, or null for no break
 * @param lunchTo end of the daily lunch window
 * @param lunch length of the break
 * @param maxWalkingMetres the longest walk of a team on foot in a day (legs from base back to base), or null
 * @param maxFootTime the longest round of a team on foot, from leaving base to being back, break excluded, or null
 * @param balanceWeight soft points per squared minute of busy time (travel and time on site) per team and day; 0
 *     turns balancing off
 */
public record RoundRules(LocalTime lunchFrom, LocalTime lunchTo, Duration lunch, Long maxWalkingMetres,
        Duration maxFootTime, long balanceWeight) {

    public static final RoundRules NONE = new RoundRules(null, null, null, null, null, 0);

    public RoundRules {
        if (lunchFrom != null && (lunchTo == null || lunch == null || lunch.isNegative() || lunch.isZero()
                || Duration.between(lunchFrom, lunchTo).compareTo(lunch) < 0)) {
            throw new IllegalArgumentException("The lunch break must fit in its window");
        }
        if (balanceWeight < 0) {
            throw new IllegalArgumentException("The balance weight must not be negative");
        }
    }

    public boolean hasLunch() {
        return lunchFrom != null;
    }
}
