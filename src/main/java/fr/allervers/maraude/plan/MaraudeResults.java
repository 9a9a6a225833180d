package fr.allervers.maraude.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.solver.LeftOutVisit;
import fr.allervers.maraude.solver.PlannedStop;
import fr.allervers.maraude.solver.RoundPlan;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.TeamRound;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.TravelTimeProvider;

/**
 * Writes a solved plan back: routes are drawn first (road legs may take a moment), then rounds, stops and left-out
 * visits are stored with the score in one transaction, so a plan is either SOLVING or completely DONE.
 */
@Service
class MaraudeResults {

    /** A round ready to store: the solver's round plus its drawn route. */
    record DrawnRound(TeamRound round, RoundRoutes.Route route) {
    }

    private final MaraudePlanRepository plans;
    private final RoundRoutes routes;

    MaraudeResults(MaraudePlanRepository plans, TravelTimeProvider travelTimes) {
        this.plans = plans;
        this.routes = new RoundRoutes(travelTimes);
    }

    /** Draws each round's route from the positions and modes of the solver's problem. */
    List<DrawnRound> draw(RoundPlan plan, RoundProblem problem) {
        Map<String, Team> teams = new HashMap<>();
        problem.solution().getTeams().forEach(t -> teams.put(t.getId(), t));
        Map<String, LonLat> points = new HashMap<>();
        problem.solution().getVisits().forEach(v -> points.put(v.getId(), v.getLocation().point()));
        return plan.rounds().stream().map(round -> {
            Team team = teams.get(round.teamId());
            LonLat base = team.getLocation().point();
            TravelMode mode = team.getMode();
            List<LonLat> stops = round.stops().stream().map(s -> points.get(s.visitId())).toList();
            return new DrawnRound(round, routes.route(base, stops, mode).orElse(null));
        }).toList();
    }

    @Transactional
    public void store(long planId, RoundPlan result, List<DrawnRound> drawn) {
        MaraudePlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("plan " + planId));
        plan.restartSolving();
        Map<String, MaraudeTeam> teamDays = new HashMap<>();
        int days = plan.getDates().size();
        for (MaraudeTeam team : plan.getTeams()) {
            for (int day = 0; day < days; day++) {
                teamDays.put(MaraudeProblemService.teamDayId(team.getKey(), day), team);
            }
        }
        Map<String, MaraudeVisit> visits = new HashMap<>();
        plan.getVisits().forEach(v -> visits.put(v.getKey(), v));
        for (DrawnRound drawnRound : drawn) {
            TeamRound round = drawnRound.round();
            String teamDayId = round.teamId();
            int day = Integer.parseInt(teamDayId.substring(teamDayId.lastIndexOf('@') + 1));
            RoundRoutes.Route route = drawnRound.route();
            MaraudeRound stored = plan.addRound(teamDays.get(teamDayId), day, round.backAtBase(),
                    route == null ? 0 : route.distanceMetres(), route == null ? null : route.line());
            if (round.lunch() != null) {
                stored.lunch(round.lunch().start(), round.lunch().end(), round.lunch().afterStops());
            }
            int order = 1;
            for (PlannedStop stop : round.stops()) {
                visits.get(stop.visitId()).plannedOn(stored, order++, stop.arrival(), stop.serviceStart(),
                        stop.departure());
            }
        }
        for (LeftOutVisit left : result.leftOut()) {
            visits.get(left.visitId()).leftOut(left.reason());
        }
        plan.solved(result.score(), result.feasible());
    }

    @Transactional
    public void fail(long planId, String reason) {
        plans.findById(planId).ifPresent(plan -> {
            plan.restartSolving();
            plan.failed(reason);
        });
    }
}
