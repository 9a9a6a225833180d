package fr.allervers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one judge of every solver's answer in the peer benchmark: reads the instance file on its own (no code shared
 * with the engine's reader or adapter) and checks routes given as customer numbers, in double precision.
 */
public final class VrptwChecker {

    /** Tolerance on time comparisons, far below any rounding a solver could exploit (times are in the 1e3 range). */
    private static final double EPSILON = 1e-6;

    private final int vehicles;
    private final int capacity;
    /** id, x, y, demand, ready, due, service; row i is customer i. */
    private final List<double[]> rows;

    private VrptwChecker(int vehicles, int capacity, List<double[]> rows) {
        this.vehicles = vehicles;
        this.capacity = capacity;
        this.rows = rows;
    }

    public record Verdict(boolean feasible, double distance, int vehicles, List<String> violations) {
    }

    public static VrptwChecker read(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher fleet = Pattern.compile("CAPACITY\\s+(\\d+)\\s+(\\d+)").matcher(text);
        if (!fleet.find()) {
            throw new IOException("No fleet line in " + file);
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 7 && f[0].matches("\\d+")) {
                double[] row = new double[7];
                for (int i = 0; i < 7; i++) {
                    row[i] = Double.parseDouble(f[i]);
                }
                if ((int) row[0] != rows.size()) {
                    throw new IOException("Customer rows out of order at " + line.trim());
                }
                rows.add(row);
            }
        }
        return new VrptwChecker(Integer.parseInt(fleet.group(1)), Integer.parseInt(fleet.group(2)), rows);
    }

    public int customerCount() {
        return rows.size() - 1;
    }

    /** Checks every rule of the VRPTW; the distance is the Euclidean length of the routes, depot to depot. */
    public Verdict check(List<List<Integer>> routes) {
        List<String> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        double total = 0;
        double[] depot = rows.get(0);
        int used = 0;
        for (List<Integer> route : routes) {
            if (route.isEmpty()) {
                continue;
            }
            used++;
            double time = depot[4];
            int load = 0;
            double[] at = depot;
            for (int customer : route) {
                if (customer < 1 || customer >= rows.size()) {
                    violations.add("unknown customer " + customer);
                    continue;
                }
                double[] next = rows.get(customer);
                if (!seen.add(customer)) {
                    violations.add("customer " + customer + " visited twice");
                }
                double leg = Math.hypot(at[1] - next[1], at[2] - next[2]);
                total += leg;
                time += leg;
                if (time > next[5] + EPSILON) {
                    violations.add(String.format(Locale.ROOT, "customer %d reached at %.6f after due %.0f", customer,
                            time, next[5]));
                }
                time = Math.max(time, next[4]) + next[6];
                load += (int) next[3];
                at = next;
            }
            double home = Math.hypot(at[1] - depot[1], at[2] - depot[2]);
            total += home;
            if (time + home > depot[5] + EPSILON) {
                violations.add("route back at the depot after it closes: " + route);
            }
            if (load > capacity) {
                violations.add("load " + load + " above capacity " + capacity + ": " + route);
            }
        }
        if (seen.size() != rows.size() - 1) {
            violations.add((rows.size() - 1 - seen.size()) + " customers not served");
        }
        if (used > vehicles) {
            violations.add(used + " vehicles, more than the " + vehicles + " available");
        }
        return new Verdict(violations.isEmpty(), total, used, violations);
    }
}
