package fr.allervers.maraude.solver;

import java.util.List;

/**
 * A team's round: its stops in order, when it is back at base (seconds from the start of the day) and its lunch
 * break when it takes one on the round.
 */
public record TeamRound(String teamId, String teamName, List<PlannedStop> stops, long backAtBase, Lunch lunch) {

    public TeamRound(String teamId, String teamName, List<PlannedStop> stops, long backAtBase) {
        this(teamId, teamName, stops, backAtBase, null);
    }

    /**
     * @param afterStops how many stops are made before the break (0: before the first stop; the number of stops: on
     *     the way back)
     */
    public record Lunch(long start, long end, int afterStops) {
    }
}
