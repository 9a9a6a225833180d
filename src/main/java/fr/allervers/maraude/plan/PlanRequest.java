package fr.allervers.maraude.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.routing.TravelMode;

/**
 * {@code POST /api/maraude-plans}: what to plan. Visits are listed, or taken from the territory's data
 * ({@code fromTerritory}), or both.
 */
record PlanRequest(Long territoryId, LocalDate date, List<LocalDate> dates, List<TeamRequest> teams,
        List<VisitRequest> visits, Boolean fromTerritory, Boolean hotspots, Integer secondsLimit) {

    /** A team; its base is a position or one of the consortium's places. */
    record TeamRequest(String id, String name, TravelMode mode, LocalTime shiftStart, LocalTime shiftEnd,
            Position base, Long basePlaceId, Set<String> skills, Integer capacity) {
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
