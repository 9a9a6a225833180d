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
        String failure, Instant createdAt, Instant solvedAt, Instant publishedAt, List<RoundView> teams,
        List<LeftOutView> leftOut) {

    /**
     * @param team the team's id, as in the export URLs
     * @param route GeoJSON LineString: road path with road routing, else straight legs; null without stops
     * @param members the team's people, in the order given
     * @param lunchBreak the break taken on the round, or null (no break, or taken at base after the round)
     */
    record RoundView(String team, String name, LocalDate date, TravelMode mode, List<StopView> stops,
            LocalDateTime backAtBase, double distanceMetres, LineString route, List<MemberView> members,
            LunchView lunchBreak) {
    }

    /**
     * @param arrival when the team is there ready to work (after its lunch break when it takes it just before)
     * @param waitMinutes minutes waited on site for the place to open, between arrival and serviceStart
     * @param outcome what the team found there once it checked the stop off, null until then
     * @param checkedAt when it was checked off, null until then
     */
    record StopView(int order, String visitId, VisitKind kind, String name, String address, double lon, double lat,
            LocalDateTime arrival, LocalDateTime serviceStart, LocalDateTime departure, long waitMinutes,
            StopOutcome outcome, Instant checkedAt) {
    }

    /** A person of a team: the staff id, the label colleagues use, the profession in French. */
    record MemberView(long staffId, String label, String profession) {
    }

    /** @param afterStops how many stops come before the break (0: before the first stop) */
    record LunchView(LocalDateTime start, LocalDateTime end, int afterStops) {
    }

    record LeftOutView(String visitId, String name, VisitKind kind, boolean mandatory, String reason) {
    }

    /**
     * One line of {@code GET /api/maraude-plans}: no place names, so listing exposes no hotel.
     *
     * @param teamNames the teams' names, in the plan's order
     * @param checkedOff stops the teams checked off so far, whatever they found
     */
    record Summary(Long id, Long territoryId, List<LocalDate> dates, MaraudePlanStatus status, String score,
            Boolean feasible, Instant createdAt, Instant publishedAt, int teams, List<String> teamNames, int stops,
            int checkedOff, int leftOut, int mandatoryLeftOut) {
    }

    /** {@code PUT /api/maraude-plans/{id}/stops/{visitId}/check-off}: the stop as now checked off. */
    record CheckOffView(long planId, String visitId, String team, StopOutcome outcome, Instant checkedAt,
            String checkedBy) {
    }
}
