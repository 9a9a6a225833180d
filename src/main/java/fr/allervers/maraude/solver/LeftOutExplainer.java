package fr.allervers.maraude.solver;

import java.util.List;
import java.util.TreeSet;

import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * Says in French why a visit is on no round, by testing the reasons from the most to the least definitive: no
 * team has the skills, none can carry the goods, none could fit it in its day even alone, or the rounds are full.
 */
final class LeftOutExplainer {

    static final String NO_SKILLED_TEAM = "aucune équipe n'a les compétences requises (%s)";
    static final String OVER_CAPACITY = "besoin de %d unités de biens, au-delà de la capacité des équipes";
    static final String OUTSIDE_WINDOWS = "hors des créneaux de visite compatibles avec la tournée";
    static final String ROUNDS_FULL = "tournées déjà complètes sur ses créneaux de visite";

    private LeftOutExplainer() {
    }

    static String explain(Visit visit, List<Team> teams) {
        List<Team> skilled = teams.stream()
                .filter(team -> !team.isLeftOut() && team.getSkills().containsAll(visit.getRequiredSkills()))
                .toList();
        if (skilled.isEmpty()) {
            return visit.getName() + " : " + NO_SKILLED_TEAM.formatted(String.join(", ",
                    new TreeSet<>(visit.getRequiredSkills())));
        }
        List<Team> able = skilled.stream()
                .filter(team -> !team.hasCapacityLimit() || team.getCapacity() >= visit.getDemand())
                .toList();
        if (able.isEmpty()) {
            return visit.getName() + " : " + OVER_CAPACITY.formatted(visit.getDemand());
        }
        boolean fitsAlone = able.stream().anyMatch(team -> fitsAloneInShift(visit, team));
        return visit.getName() + " : " + (fitsAlone ? ROUNDS_FULL : OUTSIDE_WINDOWS);
    }

    /** Could the team leave base at shift start, make this one visit within a window and be back in time? */
    static boolean fitsAloneInShift(Visit visit, Team team) {
        long arrival = team.getShiftStart() + team.getLocation().timeTo(visit.getLocation(), team.getMode());
        if (!visit.isOnTimeAt(arrival)) {
            return false;
        }
        long back = visit.serviceStartFor(arrival) + visit.getServiceDuration()
                + visit.getLocation().timeTo(team.getLocation(), team.getMode());
        return back <= team.getShiftEnd();
    }
}
