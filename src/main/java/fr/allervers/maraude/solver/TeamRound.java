package fr.allervers.maraude.solver;

import java.util.List;

/** A team's round: its stops in order and when it is back at base (seconds from the start of the day). */
public record TeamRound(String teamId, String teamName, List<PlannedStop> stops, long backAtBase) {
}
