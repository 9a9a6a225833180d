package fr.allervers.maraude.solver;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * Says in French why a visit is on no round, by testing the reasons from the most to the least definitive: no
 * team has the skills, none can carry the goods, none could fit it in its day even alone, the teams on foot would
 * walk too far or too long, or the rounds are full.
 */
final class LeftOutExplainer {

    static final String NO_SKILLED_TEAM = "aucune équipe n'a les compétences requises (%s)";
    static final String OVER_CAPACITY = "besoin de %d unités de biens, au-delà de la capacité des équipes";
    static final String OUTSIDE_WINDOWS = "hors des créneaux de visite compatibles avec la tournée";
    static final String ROUNDS_FULL = "tournées déjà complètes sur ses créneaux de visite";
    static final String WALKING_LIMIT = "laissée de côté : l'équipe à pied dépasserait %s km de marche";
    static final String FOOT_TIME_LIMIT = "laissée de côté : l'équipe à pied dépasserait %s de tournée";

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
        List<Team> inTime = able.stream().filter(team -> fitsAloneInShift(visit, team)).toList();
        if (inTime.isEmpty()) {
            return visit.getName() + " : " + OUTSIDE_WINDOWS;
        }
        List<Team> withinLimits = inTime.stream().filter(team -> walkingAlone(visit, team) == null).toList();
        if (withinLimits.isEmpty()) {
            return visit.getName() + " : " + walkingAlone(visit, inTime.get(0));
        }
        boolean walkBound = withinLimits.stream().allMatch(team -> team.hasDistanceLimit()
                && roundMetres(team) + cheapestInsertionMetres(visit, team) > team.getMaxDistanceMetres());
        if (walkBound) {
            return visit.getName() + " : " + WALKING_LIMIT.formatted(kilometres(withinLimits.get(0)));
        }
        return visit.getName() + " : " + ROUNDS_FULL;
    }

    /** Which limit of a team on foot this visit breaks even alone (there and back), or null when none. */
    private static String walkingAlone(Visit visit, Team team) {
        if (team.hasDistanceLimit() && team.getLocation().metresTo(visit.getLocation(), team.getMode())
                + visit.getLocation().metresTo(team.getLocation(), team.getMode()) > team.getMaxDistanceMetres()) {
            return WALKING_LIMIT.formatted(kilometres(team));
        }
        if (team.hasWorkingTimeLimit()) {
            long travel = team.getLocation().timeTo(visit.getLocation(), team.getMode());
            long back = visit.getLocation().timeTo(team.getLocation(), team.getMode());
            long arrival = team.getShiftStart() + travel;
            long working = visit.serviceStartFor(arrival) + visit.getServiceDuration() + back - team.getShiftStart();
            if (working > team.getMaxWorkingSeconds()) {
                return FOOT_TIME_LIMIT.formatted(hours(team.getMaxWorkingSeconds()));
            }
        }
        return null;
    }

    private static long roundMetres(Team team) {
        long metres = 0;
        for (Visit stop : team.getVisits()) {
            metres += stop.legMetres();
        }
        return metres;
    }

    /** The fewest metres the visit adds to the team's round, inserted at its best place. */
    private static long cheapestInsertionMetres(Visit visit, Team team) {
        List<Visit> stops = team.getVisits();
        long best = Long.MAX_VALUE;
        for (int i = 0; i <= stops.size(); i++) {
            Location from = i == 0 ? team.getLocation() : stops.get(i - 1).getLocation();
            Location to = i == stops.size() ? team.getLocation() : stops.get(i).getLocation();
            long added = from.metresTo(visit.getLocation(), team.getMode())
                    + visit.getLocation().metresTo(to, team.getMode()) - from.metresTo(to, team.getMode());
            best = Math.min(best, added);
        }
        return best;
    }

    /** "12" or "12,5": French decimals, as the page writes them. */
    static String kilometres(Team team) {
        double km = team.getMaxDistanceMetres() / 1000.0;
        return km == Math.rint(km) ? String.valueOf((long) km)
                : String.format(Locale.ROOT, "%.1f", km).replace('.', ',');
    }

    /** "6 h" or "5 h 30". */
    static String hours(long seconds) {
        long minutes = seconds / 60;
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
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
