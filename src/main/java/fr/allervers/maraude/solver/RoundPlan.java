package fr.allervers.maraude.solver;

import java.util.List;

/**
 * The outcome of planning a day: each team's ordered stops and the visits left out, each with its reason.
 *
 * @param feasible true when no hard rule is broken and every mandatory visit is on a round
 */
public record RoundPlan(String score, boolean feasible, List<TeamRound> rounds, List<LeftOutVisit> leftOut) {

    public List<LeftOutVisit> mandatoryLeftOut() {
        return leftOut.stream().filter(LeftOutVisit::mandatory).toList();
    }

    public TeamRound round(String teamId) {
        return rounds.stream().filter(r -> r.teamId().equals(teamId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No team " + teamId));
    }
}
