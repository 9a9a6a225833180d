package fr.allervers.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;

import fr.allervers.maraude.bench.SolomonInstance;
import fr.allervers.maraude.bench.SolomonInstance.Customer;

/**
 * OR-Tools 9.15 routing: parallel-cheapest-insertion first solution, then guided local search until the time limit
 * (one thread: the routing library does not search in parallel); every customer may be left out at a high penalty. OR-Tools works in integers, so distances are scaled by
 * {@link #SCALE} and travel times rounded up: a schedule it finds on time is also on time in exact arithmetic.
 */
public final class OrToolsPeer implements PeerSolver {

    static final long SCALE = 1_000;

    @Override
    public String name() {
        return "or-tools-9.15";
    }

    @Override
    public List<List<Integer>> solve(SolomonInstance instance, long seconds) {
        Loader.loadNativeLibraries();
        List<Customer> customers = instance.customers();
        int n = customers.size();
        long[][] cost = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Customer a = customers.get(i);
                Customer b = customers.get(j);
                cost[i][j] = (long) Math.ceil(Math.hypot(a.x() - b.x(), a.y() - b.y()) * SCALE);
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(n, instance.vehicleCount(), 0);
        RoutingModel routing = new RoutingModel(manager);
        int distance = routing.registerTransitCallback(
                (from, to) -> cost[manager.indexToNode(from)][manager.indexToNode(to)]);
        routing.setArcCostEvaluatorOfAllVehicles(distance);
        int travel = routing.registerTransitCallback((from, to) -> {
            int i = manager.indexToNode(from);
            return cost[i][manager.indexToNode(to)] + scaledUp(customers.get(i).service());
        });
        long horizon = scaledUp(instance.depot().due());
        routing.addDimension(travel, horizon, horizon, false, "Time");
        RoutingDimension time = routing.getMutableDimension("Time");
        for (int i = 1; i < n; i++) {
            time.cumulVar(manager.nodeToIndex(i)).setRange(scaledUp(customers.get(i).ready()),
                    (long) Math.floor(customers.get(i).due() * SCALE));
        }
        for (int v = 0; v < instance.vehicleCount(); v++) {
            time.cumulVar(routing.start(v)).setRange(scaledUp(instance.depot().ready()), horizon);
            time.cumulVar(routing.end(v)).setRange(scaledUp(instance.depot().ready()), horizon);
        }
        int demand = routing.registerUnaryTransitCallback(index -> customers.get(manager.indexToNode(index)).demand());
        long[] capacities = new long[instance.vehicleCount()];
        Arrays.fill(capacities, instance.capacity());
        routing.addDimensionWithVehicleCapacity(demand, 0, capacities, true, "Capacity");
        // Without a way to leave a customer out, a first solution that meets every time window must be found
        // before the search starts, and on tight windows (R101, RC101) none is within the limit: the solver then
        // returns nothing. A penalty larger than any detour lets it start from a partial plan and insert the rest;
        // a customer still out at the end is reported as unserved by the checker.
        long dropPenalty = 2 * n * Arrays.stream(cost).flatMapToLong(Arrays::stream).max().orElse(1);
        for (int i = 1; i < n; i++) {
            routing.addDisjunction(new long[] {manager.nodeToIndex(i)}, dropPenalty);
        }
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(Duration.newBuilder().setSeconds(seconds).build()).build();
        Assignment solution = routing.solveWithParameters(parameters);
        List<List<Integer>> routes = new ArrayList<>();
        if (solution == null) {
            return routes;
        }
        for (int v = 0; v < instance.vehicleCount(); v++) {
            List<Integer> route = new ArrayList<>();
            for (long index = solution.value(routing.nextVar(routing.start(v))); !routing.isEnd(index);
                    index = solution.value(routing.nextVar(index))) {
                route.add(manager.indexToNode(index));
            }
            if (!route.isEmpty()) {
                routes.add(route);
            }
        }
        return routes;
    }

    private static long scaledUp(double time) {
        return (long) Math.ceil(time * SCALE);
    }
}
