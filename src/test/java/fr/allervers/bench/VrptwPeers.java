package fr.allervers.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.allervers.bench.VrptwChecker.Verdict;
import fr.allervers.maraude.bench.SolomonInstance;
import fr.allervers.maraude.solver.SolverLogging;

/**
 * Runs this engine, jsprit and OR-Tools one after the other on the same instances with the same time limit, judges
 * every answer with {@link VrptwChecker}, and prints one table row per instance and solver, then the mean gap per
 * solver. Usage: {@code VrptwPeers <seconds> <instance-file>...} (see scripts/vrptw-peers.sh).
 */
public final class VrptwPeers {

    /** Best-known distances from geodata/SOURCES.md (VROOM's BKS.json; vehicles-first values for the 200s). */
    static final Map<String, Double> BEST_KNOWN = Map.of(
            "C101", 828.94, "C201", 591.56, "R101", 1642.88, "R201", 1149.68, "RC101", 1643.41, "RC201", 1265.56,
            "c1_2_1", 2704.57, "r1_2_1", 4784.11, "rc2_2_1", 3099.53);

    private VrptwPeers() {
    }

    public record Row(String instance, String solver, double distance, int vehicles, boolean feasible, Double gap,
            double seconds, List<String> violations) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: VrptwPeers <seconds> <instance-file>...");
            System.exit(2);
        }
        PrintStream out = System.out;
        System.setOut(System.err);
        SolverLogging.quiet();
        long seconds = Long.parseLong(args[0]);
        List<PeerSolver> solvers = List.of(new RoundEnginePeer(), new JspritPeer(), new OrToolsPeer());
        List<Row> rows = new ArrayList<>();
        out.printf(Locale.ROOT, "%-9s %-14s %11s %4s %-8s %8s %7s%n", "instance", "solver", "distance", "veh",
                "feasible", "gap", "seconds");
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            SolomonInstance instance = SolomonInstance.read(file);
            VrptwChecker checker = VrptwChecker.read(file);
            for (PeerSolver solver : solvers) {
                Row row = run(solver, instance, checker, seconds);
                rows.add(row);
                out.printf(Locale.ROOT, "%-9s %-14s %11.2f %4d %-8s %8s %7.1f%s%n", row.instance(), row.solver(),
                        row.distance(), row.vehicles(), row.feasible() ? "yes" : "NO", gap(row.gap()),
                        row.seconds(), row.violations().isEmpty() ? "" : "  " + row.violations().get(0));
                out.flush();
            }
        }
        out.println();
        out.println("mean gap to best-known (feasible answers only; n = instances with a best-known value):");
        Map<String, List<Row>> bySolver = new LinkedHashMap<>();
        rows.forEach(row -> bySolver.computeIfAbsent(row.solver(), s -> new ArrayList<>()).add(row));
        bySolver.forEach((solver, solverRows) -> {
            List<Row> judged = solverRows.stream().filter(r -> r.feasible() && r.gap() != null).toList();
            double mean = judged.stream().mapToDouble(Row::gap).average().orElse(Double.NaN);
            long infeasible = solverRows.stream().filter(r -> !r.feasible()).count();
            out.printf(Locale.ROOT, "%-14s mean gap %s over %d, infeasible %d%n", solver, gap(mean), judged.size(),
                    infeasible);
        });
        out.flush();
        // Solver threads (jsprit's pool, OR-Tools' native side) must not keep the JVM alive.
        System.exit(0);
    }

    static Row run(PeerSolver solver, SolomonInstance instance, VrptwChecker checker, long seconds) {
        long start = System.nanoTime();
        List<List<Integer>> routes;
        try {
            routes = solver.solve(instance, seconds);
        } catch (Exception | LinkageError e) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Row(instance.name(), solver.name(), Double.NaN, 0, false, null, elapsed,
                    List.of("failed: " + e));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Verdict verdict = checker.check(routes);
        Double best = BEST_KNOWN.get(instance.name());
        Double gap = best == null ? null : 100 * (verdict.distance() - best) / best;
        return new Row(instance.name(), solver.name(), verdict.distance(), verdict.vehicles(), verdict.feasible(), gap,
                elapsed, verdict.violations());
    }

    private static String gap(Double gap) {
        return gap == null || gap.isNaN() ? "-" : String.format(Locale.ROOT, "%+.2f%%", gap);
    }
}
