package fr.allervers.maraude.domain;

import java.time.LocalTime;
import java.util.Set;

import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;

/**
 * A team as the caller describes it, with its base as a position; {@code RoundProblemBuilder} turns it into a
 * {@link Team} once travel times are known.
 *
 * <p>A plan over several days has one spec per team and day: {@code day} is the day's index in the plan (0 for the
 * first), and times of the problem count seconds from midnight of the first day.
 *
 * @param capacity goods the team can carry, or null when there is no limit
 */
public record TeamSpec(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd,
        LonLat base, Set<String> skills, Integer capacity, int day, RoundRules rules) {

    public static final long DAY_SECONDS = 86_400;

    public TeamSpec {
        if (day < 0) {
            throw new IllegalArgumentException("Day index must not be negative");
        }
        rules = rules == null ? RoundRules.NONE : rules;
    }

    /** A team of a plan over several days, without lunch break, walking limit nor balancing. */
    public TeamSpec(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd, LonLat base,
            Set<String> skills, Integer capacity, int day) {
        this(id, name, mode, shiftStart, shiftEnd, base, skills, capacity, day, RoundRules.NONE);
    }

    /** A team of a one-day plan. */
    public TeamSpec(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd, LonLat base,
            Set<String> skills, Integer capacity) {
        this(id, name, mode, shiftStart, shiftEnd, base, skills, capacity, 0, RoundRules.NONE);
    }

    public long shiftStartSeconds() {
        return day * DAY_SECONDS + shiftStart.toSecondOfDay();
    }

    public long shiftEndSeconds() {
        return day * DAY_SECONDS + shiftEnd.toSecondOfDay();
    }

    /**
     * The day's lunch break, or null when the shift does not span the whole lunch window: a morning round that ends
     * at 13:00 or an evening round that starts at 14:00 eats off the round.
     */
    public LunchBreak lunchBreak() {
        if (!rules.hasLunch() || shiftStart.isAfter(rules.lunchFrom()) || shiftEnd.isBefore(rules.lunchTo())) {
            return null;
        }
        long offset = day * DAY_SECONDS;
        return new LunchBreak(offset + rules.lunchFrom().toSecondOfDay(), offset + rules.lunchTo().toSecondOfDay(),
                rules.lunch().toSeconds());
    }

    /** The walking limit, for a team on foot only. */
    public Long maxWalkingMetres() {
        return mode == TravelMode.FOOT ? rules.maxWalkingMetres() : null;
    }

    /** The round length limit, for a team on foot only. */
    public Long maxWorkingSeconds() {
        return mode == TravelMode.FOOT && rules.maxFootTime() != null ? rules.maxFootTime().toSeconds() : null;
    }
}
