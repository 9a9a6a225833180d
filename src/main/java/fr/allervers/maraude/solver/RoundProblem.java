package fr.allervers.maraude.solver;

import java.util.List;

import fr.allervers.maraude.domain.RoundSolution;

/**
 * A day to plan, ready for the solver, plus the visits already known to be impossible (their place cannot be
 * reached on the road network), which the plan reports as left out.
 */
public record RoundProblem(RoundSolution solution, List<LeftOutVisit> unreachable) {
}
