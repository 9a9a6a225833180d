package fr.allervers.maraude.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
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

    /**
     * Two searches run side by side, one per core, with a short and a long late acceptance history; the better
     * plan wins. Same engine and moves, different trade-off between converging and escaping local optima.
     */
    public static BenchResult run(SolomonInstance instance, long seconds) throws InterruptedException {
        long start = System.nanoTime();
        TerminationConfig termination = new TerminationConfig().withSecondsSpentLimit(seconds);
        List<Callable<RoundSolution>> searches = List.of(
                () -> solve(instance, RoundSolverConfig.create(termination, 20, 0L)),
                () -> solve(instance, RoundSolverConfig.create(termination, 100, 1L)));
        ExecutorService executor = Executors.newFixedThreadPool(searches.size());
        RoundSolution best;
        try {
            best = executor.invokeAll(searches).stream().map(SolomonBench::get)
                    .max(Comparator.comparing(RoundSolution::getScore)).orElseThrow();
        } finally {
            executor.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<List<Integer>> routes = SolomonAdapter.routes(best);
        HardMediumSoftLongScore score = best.getScore();
        boolean feasible = score.isFeasible() && score.mediumScore() == 0;
        return new BenchResult(instance.name(), routes.size(), SolomonAdapter.distance(instance, routes), feasible,
                elapsed, routes);
    }

    private static RoundSolution solve(SolomonInstance instance, SolverConfig config) {
        return SolverFactory.<RoundSolution>create(config).buildSolver().solve(SolomonAdapter.toSolution(instance));
    }

    private static RoundSolution get(Future<RoundSolution> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A search failed", e.getCause());
        }
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
