package fr.allervers.bench;

import java.util.ArrayList;
import java.util.List;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;

import fr.allervers.maraude.bench.SolomonInstance;
import fr.allervers.maraude.bench.SolomonInstance.Customer;

/**
 * jsprit 1.8 with its default algorithm ({@code Jsprit.createAlgorithm} settings) on 2 threads, stopped by time.
 * Its default transport costs are Euclidean on the coordinates with time equal to distance, as in Solomon's
 * convention; the cost is distance only (no fixed cost per vehicle).
 */
public final class JspritPeer implements PeerSolver {

    @Override
    public String name() {
        return "jsprit-1.8";
    }

    @Override
    public List<List<Integer>> solve(SolomonInstance instance, long seconds) {
        Customer depot = instance.depot();
        VehicleType type = VehicleTypeImpl.Builder.newInstance("solomon")
                .addCapacityDimension(0, instance.capacity()).setCostPerDistance(1.0).setCostPerTransportTime(0)
                .setFixedCost(0).build();
        VehicleRoutingProblem.Builder problem = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            problem.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setType(type)
                    .setStartLocation(Location.newInstance(depot.x(), depot.y())).setEarliestStart(depot.ready())
                    .setLatestArrival(depot.due()).build());
        }
        for (Customer c : instance.customers().subList(1, instance.customers().size())) {
            problem.addJob(Service.Builder.newInstance(String.valueOf(c.number())).addSizeDimension(0, c.demand())
                    .setLocation(Location.newInstance(c.x(), c.y())).setServiceTime(c.service())
                    .addTimeWindow(TimeWindow.newInstance(c.ready(), c.due())).build());
        }
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem.build())
                .setProperty(Jsprit.Parameter.THREADS, "2").buildAlgorithm();
        TimeTermination time = new TimeTermination(seconds * 1000);
        algorithm.setPrematureAlgorithmTermination(time);
        algorithm.addListener(time);
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        List<List<Integer>> routes = new ArrayList<>();
        for (VehicleRoute route : best.getRoutes()) {
            List<Integer> numbers = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                numbers.add(Integer.parseInt(((TourActivity.JobActivity) activity).getJob().getId()));
            }
            routes.add(numbers);
        }
        return routes;
    }
}
