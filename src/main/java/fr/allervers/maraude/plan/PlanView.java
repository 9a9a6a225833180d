package fr.allervers.maraude.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.locationtech.jts.geom.LineString;

import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.routing.TravelMode;

/** {@code GET /api/maraude-plans/{id}}: the plan, each team's rounds (one per day) and the visits left out. */
record PlanView(Long id, Long territoryId, List<LocalDate> dates, MaraudePlanStatus status, String score, Boolean feasible,
        String failure, Instant createdAt, Instant solvedAt, Instant carriedOutAt, List<RoundView> teams,
        List<LeftOutView> leftOut) {

    /**
     * @param team the team's id, as in the export URLs
     * @param route GeoJSON LineString: road path with road routing, else straight legs; null without stops
     */
    record RoundView(String team, String name, LocalDate date, TravelMode mode, List<StopView> stops,
            LocalDateTime backAtBase, double distanceMetres, LineString route) {
    }

    record StopView(int order, String visitId, VisitKind kind, String name, String address, double lon, double lat,
            LocalDateTime arrival, LocalDateTime serviceStart, LocalDateTime departure) {
    }

    record LeftOutView(String visitId, String name, VisitKind kind, boolean mandatory, String reason) {
    }

    /** One line of {@code GET /api/maraude-plans}: no place names, so listing exposes no hotel. */
    record Summary(Long id, Long territoryId, List<LocalDate> dates, MaraudePlanStatus status, String score,
            Boolean feasible, Instant createdAt, Instant carriedOutAt, int teams, int stops, int leftOut,
            int mandatoryLeftOut) {
    }
}
