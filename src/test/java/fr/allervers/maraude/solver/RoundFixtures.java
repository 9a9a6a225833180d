package fr.allervers.maraude.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.TravelTimeTable;
import fr.allervers.maraude.domain.Visit;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.routing.TravelMode;

/**
 * Hand-made places on a line, 10 minutes and 1 km apart: base (0), A (1), B (2), C (3). Constraint tests link visits
 * into rounds by hand (ConstraintVerifier does not run variable listeners) and set arrival times explicitly.
 */
final class RoundFixtures {

    static final long MINUTE = 60;
    /** 10 minutes and 1 km apart, by car and on foot alike (only the limits differ). */
    static final TravelTimeTable TABLE = new TravelTimeTable(
            Map.of(TravelMode.CAR, lineTimes(4, 10 * MINUTE), TravelMode.FOOT, lineTimes(4, 10 * MINUTE)),
            Map.of(TravelMode.CAR, lineTimes(4, 1_000), TravelMode.FOOT, lineTimes(4, 1_000)));
    static final Location BASE = new Location(0, null, TABLE);
    static final Location A = new Location(1, null, TABLE);
    static final Location B = new Location(2, null, TABLE);
    static final Location C = new Location(3, null, TABLE);

    private RoundFixtures() {
    }

    private static long[][] lineTimes(int n, long step) {
        long[][] times = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                times[i][j] = Math.abs(i - j) * step;
            }
        }
        return times;
    }

    static Team team(String id, long shiftStart, long shiftEnd, Set<String> skills, Integer capacity) {
        return new Team(id, "Équipe " + id, TravelMode.CAR, shiftStart, shiftEnd, BASE, skills, capacity);
    }

    static Team team(String id) {
        return team(id, 0, 24 * 60 * MINUTE, Set.of(), null);
    }

    static Visit visit(String id, Location location, TimeWindow window) {
        return new Visit(id, "Hôtel " + id, VisitKind.HOTEL_115, location, 20 * MINUTE, List.of(window), Set.of(), 0, 1,
                true);
    }

    static Visit visit(String id, Location location, Set<String> skills, int demand, int priority, boolean mandatory) {
        return new Visit(id, "Lieu " + id, VisitKind.PLACE, location, 20 * MINUTE,
                List.of(new TimeWindow(0, 24 * 60 * MINUTE)), skills, demand, priority, mandatory);
    }

    /** Puts the visits on the team in order and sets the inverse, previous and next shadow variables. */
    static void route(Team team, Visit... visits) {
        team.setVisits(new java.util.ArrayList<>(List.of(visits)));
        for (int i = 0; i < visits.length; i++) {
            visits[i].setTeam(team);
            visits[i].setPreviousVisit(i == 0 ? null : visits[i - 1]);
            visits[i].setNextVisit(i == visits.length - 1 ? null : visits[i + 1]);
        }
    }
}
