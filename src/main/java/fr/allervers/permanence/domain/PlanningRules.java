package fr.allervers.permanence.domain;

import java.util.List;

/**
 * Consortium-wide settings, a single problem fact joined by the constraints that need them.
 *
 * @param lunchBreakMinutes the longest trip allowed between the morning and the afternoon place of one van or person
 * @param requiredRoles     the roles of the professionals holding each permanence (one seat per entry)
 * @param travel            car travel minutes between the places, from the application's travel-time provider
 */
public record PlanningRules(int lunchBreakMinutes, List<Profession> requiredRoles, PlaceTravel travel) {

    public static final int DEFAULT_LUNCH_BREAK_MINUTES = 90;
    public static final List<Profession> DEFAULT_REQUIRED_ROLES = List.of(Profession.SOCIAL_WORKER, Profession.EMPLOYMENT_COUNSELLOR);

    public PlanningRules {
        requiredRoles = List.copyOf(requiredRoles);
        if (requiredRoles.isEmpty()) {
            throw new IllegalArgumentException("A permanence needs at least one professional");
        }
    }

    public boolean reachableInLunchBreak(CandidatePlace morning, CandidatePlace afternoon) {
        return travel.minutes(morning, afternoon) <= lunchBreakMinutes;
    }
}
