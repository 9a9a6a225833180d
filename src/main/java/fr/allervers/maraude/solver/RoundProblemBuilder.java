package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *
 * <p>Points are routed once however many teams or visits share them (a base used every day of a week, two visits
 * at the same address): a road matrix costs one search per point, and its size grows with the square of them.
 */
public final class RoundProblemBuilder {

    private final TravelTimeProvider travelTimes;

    public RoundProblemBuilder(TravelTimeProvider travelTimes) {
        this.travelTimes = travelTimes;
    }

    public RoundProblem build(List<TeamSpec> teamSpecs, List<VisitSpec> visitSpecs) {
        Map<LonLat, Integer> indexOf = new LinkedHashMap<>();
        teamSpecs.forEach(t -> indexOf.putIfAbsent(t.base(), indexOf.size()));
        visitSpecs.forEach(v -> indexOf.putIfAbsent(v.point(), indexOf.size()));
        List<LonLat> points = new ArrayList<>(indexOf.keySet());
        Set<TravelMode> modes = new LinkedHashSet<>();
        teamSpecs.forEach(t -> modes.add(t.mode()));
        Map<TravelMode, long[][]> times = new EnumMap<>(TravelMode.class);
        Map<TravelMode, long[][]> metres = new EnumMap<>(TravelMode.class);
        Map<Integer, String> unreachable = new HashMap<>();
        for (TravelMode mode : modes) {
            TravelMatrix matrix = travelTimes.matrix(points, mode);
            matrix.unreachable().forEach(u -> unreachable.merge(u.index(), u.reason(), (a, b) -> a));
            times.put(mode, reachableDurations(matrix));
            metres.put(mode, reachableMetres(matrix));
        }
        TravelTimeTable table = times.isEmpty() ? new TravelTimeTable(Map.of(TravelMode.FOOT, new long[0][0]))
                : new TravelTimeTable(times, metres);
        List<Team> teams = teams(teamSpecs, indexOf, table, unreachable);
        List<Visit> visits = new ArrayList<>();
        List<LeftOutVisit> leftOut = new ArrayList<>();
        for (VisitSpec spec : visitSpecs) {
            int index = indexOf.get(spec.point());
            if (unreachable.containsKey(index)) {
                leftOut.add(new LeftOutVisit(spec.id(), spec.name(), spec.mandatory(),
                        spec.name() + " : lieu injoignable, " + unreachable.get(index)));
            } else {
                visits.add(visit(spec, new Location(index, spec.point(), table)));
            }
        }
        return new RoundProblem(new RoundSolution(table, teams, visits), leftOut);
    }

    private static List<Team> teams(List<TeamSpec> specs, Map<LonLat, Integer> indexOf, TravelTimeTable table,
            Map<Integer, String> unreachable) {
        List<Team> teams = new ArrayList<>();
        for (TeamSpec spec : specs) {
            int index = indexOf.get(spec.base());
            if (unreachable.containsKey(index)) {
                throw new IllegalArgumentException("Base de l'équipe " + spec.name() + " injoignable : "
                        + unreachable.get(index));
            }
            teams.add(new Team(spec.id(), spec.name(), spec.mode(), spec.shiftStartSeconds(), spec.shiftEndSeconds(),
                    new Location(index, spec.base(), table), spec.skills(), spec.capacity(), spec.day(),
                    spec.lunchBreak(), spec.maxWalkingMetres(), spec.maxWorkingSeconds(),
                    spec.rules().balanceWeight()));
        }
        teams.add(Team.leftOutList());
        return teams;
    }

    private static Visit visit(VisitSpec spec, Location location) {
        return new Visit(spec.id(), spec.name(), spec.kind(), location, spec.service().toSeconds(), spec.windows(),
                spec.requiredSkills(), spec.demand(), spec.priority(), spec.mandatory(), spec.series(),
                spec.occurrence());
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

    private static long[][] reachableMetres(TravelMatrix matrix) {
        int n = matrix.size();
        long[][] metres = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (matrix.isReachable(i) && matrix.isReachable(j)) {
                    metres[i][j] = Math.round(matrix.distanceMetres(i, j));
                }
            }
        }
        return metres;
    }

}
