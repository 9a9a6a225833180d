package fr.allervers.maraude.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.TravelTimeTable;
import fr.allervers.maraude.domain.Visit;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.bench.SolomonInstance.Customer;
import fr.allervers.routing.TravelMode;

/**
 * Maps a Solomon instance onto the round model: vehicles become teams based at the depot, customers become
 * mandatory visits with one window. Travel time equals Euclidean distance.
 *
 * <p>The engine works in whole time units, so times are scaled by {@link #SCALE} and each leg is rounded UP: a
 * route the solver finds on time is then also on time in exact arithmetic (error at most 1e-6 per leg).
 */
public final class SolomonAdapter {

    public static final long SCALE = 1_000_000;

    private SolomonAdapter() {
    }

    public static RoundSolution toSolution(SolomonInstance instance) {
        List<Customer> customers = instance.customers();
        TravelTimeTable table = new TravelTimeTable(Map.of(TravelMode.CAR, scaledDistances(customers)));
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            locations.add(new Location(i, null, table));
        }
        Customer depot = instance.depot();
        List<Team> teams = new ArrayList<>();
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            teams.add(new Team("vehicle-" + v, "Véhicule " + v, TravelMode.CAR, scaled(depot.ready()),
                    scaled(depot.due()), locations.get(0), Set.of(), instance.capacity()));
        }
        teams.add(Team.leftOutList());
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i < customers.size(); i++) {
            Customer c = customers.get(i);
            visits.add(new Visit(String.valueOf(c.number()), "Client " + c.number(), VisitKind.PLACE,
                    locations.get(i), scaled(c.service()), List.of(new TimeWindow(scaled(c.ready()), scaled(c.due()))),
                    Set.of(), c.demand(), 0, true));
        }
        return new RoundSolution(table, teams, visits);
    }

    private static long[][] scaledDistances(List<Customer> customers) {
        int n = customers.size();
        long[][] times = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                times[i][j] = (long) Math.ceil(customers.get(i).distanceTo(customers.get(j)) * SCALE);
            }
        }
        return times;
    }

    private static long scaled(double time) {
        return Math.round(time * SCALE);
    }

    /** Customer numbers per used vehicle, in visit order. */
    public static List<List<Integer>> routes(RoundSolution solution) {
        return solution.getTeams().stream()
                .filter(team -> !team.isLeftOut() && !team.getVisits().isEmpty())
                .map(team -> team.getVisits().stream().map(v -> Integer.parseInt(v.getId())).toList())
                .toList();
    }

    /** Total Euclidean length of the routes in double precision, depot to depot. */
    public static double distance(SolomonInstance instance, List<List<Integer>> routes) {
        List<Customer> customers = instance.customers();
        double total = 0;
        for (List<Integer> route : routes) {
            Customer previous = instance.depot();
            for (int number : route) {
                Customer next = customers.get(number);
                total += previous.distanceTo(next);
                previous = next;
            }
            total += previous.distanceTo(instance.depot());
        }
        return total;
    }
}
