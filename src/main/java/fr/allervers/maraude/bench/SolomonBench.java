package fr.allervers.maraude.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.solver.RoundSolverConfig;
import fr.allervers.maraude.solver.SolverLogging;

/**
 * Solves one Solomon instance with the round planning engine and prints one JSON line on standard output.
 *
 * <p>Usage: {@code SolomonBench <instance-file> <seconds>}. Everything else (solver logs) goes to standard error.
 */
public final class SolomonBench {

    private SolomonBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: SolomonBench <solomon-instance-file> <seconds>");
            System.exit(2);
        }
        PrintStream out = System.out;
        System.setOut(System.err);
        SolverLogging.quiet();
        BenchResult result = run(SolomonInstance.read(Path.of(args[0])), Long.parseLong(args[1]));
        out.println(result.toJson());
        out.flush();
    }

    public static BenchResult run(SolomonInstance instance, long seconds) {
        long start = System.nanoTime();
        var config = RoundSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(seconds));
        RoundSolution best = SolverFactory.<RoundSolution>create(config).buildSolver()
                .solve(SolomonAdapter.toSolution(instance));
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<List<Integer>> routes = SolomonAdapter.routes(best);
        HardMediumSoftLongScore score = best.getScore();
        boolean feasible = score.isFeasible() && score.mediumScore() == 0;
        return new BenchResult(instance.name(), routes.size(), SolomonAdapter.distance(instance, routes), feasible,
                elapsed, routes);
    }

    /** The single JSON line the benchmark scripts read. */
    public record BenchResult(String instance, int vehicles, double distance, boolean feasible, double seconds,
            List<List<Integer>> routes) {

        public String toJson() {
            String routeJson = routes.stream()
                    .map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")))
                    .collect(Collectors.joining(",", "[", "]"));
            return String.format(Locale.ROOT,
                    "{\"instance\":\"%s\",\"vehicles\":%d,\"distance\":%s,\"feasible\":%s,\"seconds\":%.3f,\"routes\":%s}",
                    instance, vehicles, Double.toString(distance), feasible, seconds, routeJson);
        }
    }
}
