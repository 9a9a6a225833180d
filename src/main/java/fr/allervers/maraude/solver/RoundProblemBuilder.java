package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TravelTimeTable;
import fr.allervers.maraude.domain.Visit;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.TravelTimeProvider;

/**
 * Turns teams and visits given by position into a solver problem: computes one travel matrix per mode in use
 * (once per solve), and sets aside visits whose place the provider cannot reach.
 */
public final class RoundProblemBuilder {

    private final TravelTimeProvider travelTimes;

    public RoundProblemBuilder(TravelTimeProvider travelTimes) {
        this.travelTimes = travelTimes;
    }

    public RoundProblem build(List<TeamSpec> teamSpecs, List<VisitSpec> visitSpecs) {
        List<LonLat> points = new ArrayList<>();
        teamSpecs.forEach(t -> points.add(t.base()));
        visitSpecs.forEach(v -> points.add(v.point()));
        Set<TravelMode> modes = new LinkedHashSet<>();
        teamSpecs.forEach(t -> modes.add(t.mode()));
        Map<TravelMode, long[][]> times = new EnumMap<>(TravelMode.class);
        Map<Integer, String> unreachable = new HashMap<>();
        for (TravelMode mode : modes) {
            TravelMatrix matrix = travelTimes.matrix(points, mode);
            matrix.unreachable().forEach(u -> unreachable.merge(u.index(), u.reason(), (a, b) -> a));
            times.put(mode, reachableDurations(matrix));
        }
        TravelTimeTable table = new TravelTimeTable(times.isEmpty() ? Map.of(TravelMode.FOOT, new long[0][0]) : times);
        List<Team> teams = teams(teamSpecs, table, unreachable);
        List<Visit> visits = new ArrayList<>();
        List<LeftOutVisit> leftOut = new ArrayList<>();
        for (int v = 0; v < visitSpecs.size(); v++) {
            int index = teamSpecs.size() + v;
            VisitSpec spec = visitSpecs.get(v);
            if (unreachable.containsKey(index)) {
                leftOut.add(new LeftOutVisit(spec.id(), spec.name(), spec.mandatory(),
                        spec.name() + " : lieu injoignable, " + unreachable.get(index)));
            } else {
                visits.add(visit(spec, new Location(index, spec.point(), table)));
            }
        }
        return new RoundProblem(new RoundSolution(table, teams, visits), leftOut);
    }

    private static List<Team> teams(List<TeamSpec> specs, TravelTimeTable table, Map<Integer, String> unreachable) {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < specs.size(); t++) {
            TeamSpec spec = specs.get(t);
            if (unreachable.containsKey(t)) {
                throw new IllegalArgumentException("Base de l'équipe " + spec.name() + " injoignable : "
                        + unreachable.get(t));
            }
            teams.add(new Team(spec.id(), spec.name(), spec.mode(), spec.shiftStart().toSecondOfDay(),
                    spec.shiftEnd().toSecondOfDay(), new Location(t, spec.base(), table), spec.skills(),
                    spec.capacity()));
        }
        teams.add(Team.leftOutList());
        return teams;
    }

    private static Visit visit(VisitSpec spec, Location location) {
        return new Visit(spec.id(), spec.name(), spec.kind(), location, spec.service().toSeconds(), spec.windows(),
                spec.requiredSkills(), spec.demand(), spec.priority(), spec.mandatory());
    }

    /** Copies the usable part of a matrix; rows and columns of unreachable points stay 0 and are never read. */
    private static long[][] reachableDurations(TravelMatrix matrix) {
        int n = matrix.size();
        long[][] durations = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (matrix.isReachable(i) && matrix.isReachable(j)) {
                    durations[i][j] = matrix.durationSeconds(i, j);
                }
            }
        }
        return durations;
    }

}
