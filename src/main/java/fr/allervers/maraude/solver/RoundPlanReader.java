package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/** Reads a solved {@link RoundSolution} into the {@link RoundPlan} that callers use. */
final class RoundPlanReader {

    private RoundPlanReader() {
    }

    static RoundPlan read(RoundSolution solved, List<LeftOutVisit> alreadyLeftOut) {
        List<TeamRound> rounds = new ArrayList<>();
        List<LeftOutVisit> leftOut = new ArrayList<>(alreadyLeftOut);
        for (Team team : solved.getTeams()) {
            if (team.isLeftOut()) {
                team.getVisits().forEach(visit -> leftOut.add(new LeftOutVisit(visit.getId(), visit.getName(),
                        visit.isMandatory(), LeftOutExplainer.explain(visit, solved.getTeams()))));
            } else {
                rounds.add(round(team));
            }
        }
        HardMediumSoftLongScore score = solved.getScore();
        boolean feasible = score.isFeasible() && leftOut.stream().noneMatch(LeftOutVisit::mandatory);
        return new RoundPlan(score.toString(), feasible, rounds, leftOut);
    }

    private static TeamRound round(Team team) {
        List<PlannedStop> stops = new ArrayList<>();
        long back = team.getShiftStart();
        TeamRound.Lunch lunch = null;
        for (Visit visit : team.getVisits()) {
            if (visit.getLunchStart() != null) {
                lunch = lunch(team, visit.getLunchStart(), stops.size());
            }
            stops.add(new PlannedStop(visit.getId(), visit.getName(), visit.getArrivalTime(), visit.getServiceStart(),
                    visit.getDepartureTime()));
            back = visit.returnTime();
            Long onTheWayBack = visit.getNextVisit() == null ? visit.lunchOnTheWayBack() : null;
            if (onTheWayBack != null) {
                lunch = lunch(team, onTheWayBack, stops.size());
            }
        }
        return new TeamRound(team.getId(), team.getName(), stops, back, lunch);
    }

    private static TeamRound.Lunch lunch(Team team, long start, int afterStops) {
        return new TeamRound.Lunch(start, start + team.getLunch().duration(), afterStops);
    }
}
