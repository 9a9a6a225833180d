package fr.allervers.maraude.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.routing.TravelMode;

/**
 * {@code POST /api/maraude-plans}: what to plan. Days are {@code date}, {@code dates} or a {@code horizon} (e.g.
 * every Tuesday and Thursday for four weeks). Visits are listed, or taken from the territory's data
 * ({@code fromTerritory}), or both. The humane rules ({@code lunch}, {@code maxWalkingKm}, {@code maxFootHours},
 * {@code balanceWorkloads}) default to the service's settings.
 */
record PlanRequest(Long territoryId, LocalDate date, List<LocalDate> dates, List<TeamRequest> teams,
        List<VisitRequest> visits, Boolean fromTerritory, Boolean hotspots, Integer secondsLimit, Horizon horizon,
        Lunch lunch, Double maxWalkingKm, Double maxFootHours, Boolean balanceWorkloads) {

    /**
     * A team; its base is a position or one of the consortium's places. {@code members} are ids of the consortium's
     * staff: their professions become skills of the team, added to {@code skills}.
     */
    record TeamRequest(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd,
            Position base, Long basePlaceId, Set<String> skills, Integer capacity, List<Long> members) {
    }

    /** The days from {@code from} to {@code to} inclusive, on the given weekdays only (every day when none). */
    record Horizon(LocalDate from, LocalDate to, Set<DayOfWeek> weekdays) {
    }

    /** The lunch window and the break's length; {@code minutes} 0 for no break. Missing fields keep the settings. */
    record Lunch(LocalTime from, LocalTime to, Integer minutes) {
    }

    record Position(Double lon, Double lat) {
    }

    /**
     * A visit: at a position, or at one of the consortium's hotels or places (name, position and hours are then
     * read from it unless given). {@code windows} are daily arrival windows, e.g. {@code "10:00-12:00 14:00-18:00"}.
     */
    record VisitRequest(String id, String name, VisitKind kind, Double lon, Double lat, Long hotelId, Long placeId,
            String address, Integer serviceMinutes, String windows, Set<String> requiredSkills, Integer demand,
            Integer priority, Boolean mandatory) {
    }
}
