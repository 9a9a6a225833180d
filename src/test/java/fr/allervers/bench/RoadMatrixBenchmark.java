package fr.allervers.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.maraude.solver.RoundPlan;
import fr.allervers.maraude.solver.RoundPlanner;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.RoundProblemBuilder;
import fr.allervers.routing.BaseGraphMatrix;
import fr.allervers.routing.GraphHopperTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.PointToPointMatrix;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.TravelMode;

/**
 * Road matrix benchmark (not a test), run by scripts/bench-road-matrix.sh: {@code GraphHopperTravelTimeProvider.matrix}
 * (CH buckets on the contracted graph) on N seeded random points of an OSM extract (the shared Monaco file by
 * default), each kept only when it snaps onto the road network. Per N: median wall-clock and process CPU time of a
 * warm matrix, and per row. Then the older ways at one N each, one GraphHopper route per pair and one one-to-many
 * search per source on the base graph, with the largest difference from the contracted matrix, and optionally a
 * maraude plan through the road matrix.
 * Target: 200 points ≤ 5 s on 2 cores, the time per row growing about linearly with N.
 *
 * <p>Arguments: {@code --sizes=50,100,200 --runs=5 --mode=car --point-to-point=50 --base-graph=50 --seed=17
 * --maraude-visits=200 --maraude-teams=6 --maraude-seconds=30 --osm=FILE --bbox=minLon,minLat,maxLon,maxLat}
 * ({@code --point-to-point=0}, {@code --base-graph=0} or {@code --maraude-visits=0} skip those parts).
 */
public final class RoadMatrixBenchmark {

    private static final String MONACO = "../shared/geodata/osm/monaco.osm.gz";
    /** The Monaco graph's bounds as GraphHopper reports them after import. */
    private static final String MONACO_BBOX = "7.4043,43.7218,7.4393,43.7520";
    /** CPU time of the whole process: the matrix shares its rows between threads. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private record Timing(double wallMillis, double cpuMillis) {
    }

    private static final Set<String> OPTIONS = Set.of("sizes", "runs", "mode", "point-to-point", "seed",
            "maraude-visits", "maraude-teams", "maraude-seconds", "osm", "bbox", "base-graph");

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=") || !OPTIONS.contains(arg.substring(2, arg.indexOf('=')))) {
                System.err.println("Unknown argument " + arg + "; options: --" + String.join("=… --", OPTIONS) + "=…");
                System.exit(2);
            }
        }
        List<Integer> sizes = Arrays.stream(arg(args, "sizes", "50,100,200").split(",")).map(Integer::parseInt).toList();
        int runs = Integer.parseInt(arg(args, "runs", "5"));
        TravelMode mode = TravelMode.valueOf(arg(args, "mode", "car").toUpperCase(Locale.ROOT));
        int pointToPoint = Integer.parseInt(arg(args, "point-to-point", "50"));
        int baseGraph = Integer.parseInt(arg(args, "base-graph", "50"));
        long seed = Long.parseLong(arg(args, "seed", "17"));
        int maraudeVisits = Integer.parseInt(arg(args, "maraude-visits", "200"));
        int maraudeTeams = Integer.parseInt(arg(args, "maraude-teams", "6"));
        int maraudeSeconds = Integer.parseInt(arg(args, "maraude-seconds", "30"));
        Path osm = Path.of(arg(args, "osm", MONACO));
        double[] bbox = Arrays.stream(arg(args, "bbox", MONACO_BBOX).split(",")).mapToDouble(Double::parseDouble)
                .toArray();
        if (!Files.isReadable(osm)) {
            System.err.println("OSM extract not found: " + osm.toAbsolutePath()
                    + " (the shared Monaco file is expected in ../shared/geodata/osm, or give --osm=FILE)");
            System.exit(2);
        }
        String name = osm.getFileName().toString().replaceFirst("\\..*$", "");
        Path cache = Path.of("target", "graphhopper-cache", name);

        try (GraphHopperTravelTimeProvider provider = new GraphHopperTravelTimeProvider(osm, cache)) {
            int largest = Math.max(Math.max(Math.max(pointToPoint, baseGraph), maraudeVisits + 1),
                    sizes.stream().max(Integer::compare).orElse(0));
            List<LonLat> all = onRoads(provider, mode, largest, bbox, new Random(seed));
            if (runs > 1) {
                // The JIT compiles the search for good on the largest matrix before any size is timed.
                List<LonLat> points = all.subList(0, sizes.stream().max(Integer::compare).orElse(2));
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    provider.matrix(points, mode);
                }
            }
            System.out.printf(Locale.ROOT, "road matrix (%s) on %s, %d runs per size, median of warm runs%n",
                    mode.name().toLowerCase(Locale.ROOT), osm.getFileName(), runs);
            System.out.println();
            System.out.println("| points | matrix ms | per row ms | matrix CPU ms | per row CPU ms |");
            System.out.println("|---|---|---|---|---|");
            for (int n : sizes) {
                List<LonLat> points = all.subList(0, n);
                Timing t = median(runs, () -> provider.matrix(points, mode));
                System.out.printf(Locale.ROOT, "| %d | %.1f | %.2f | %.1f | %.2f |%n", n, t.wallMillis(),
                        t.wallMillis() / n, t.cpuMillis(), t.cpuMillis() / n);
            }
            if (pointToPoint > 0) {
                List<LonLat> points = all.subList(0, pointToPoint);
                Timing old = median(Math.min(runs, 3), () -> PointToPointMatrix.compute(provider, points, mode));
                Timing now = median(runs, () -> provider.matrix(points, mode));
                System.out.println();
                System.out.printf(Locale.ROOT, "point-to-point (one route per pair), %d points: %.1f ms (CPU %.1f ms);"
                        + " contracted matrix: %.1f ms (CPU %.1f ms)%n", pointToPoint, old.wallMillis(), old.cpuMillis(),
                        now.wallMillis(), now.cpuMillis());
                printDifference(provider.matrix(points, mode), PointToPointMatrix.compute(provider, points, mode));
            }
            if (baseGraph > 0) {
                List<LonLat> points = all.subList(0, baseGraph);
                Timing old = median(Math.min(runs, 3), () -> BaseGraphMatrix.compute(provider, points, mode));
                Timing now = median(runs, () -> provider.matrix(points, mode));
                System.out.println();
                System.out.printf(Locale.ROOT, "base graph (one-to-many search per source), %d points: %.1f ms"
                        + " (CPU %.1f ms); contracted matrix: %.1f ms (CPU %.1f ms)%n", baseGraph, old.wallMillis(),
                        old.cpuMillis(), now.wallMillis(), now.cpuMillis());
                printDifference(provider.matrix(points, mode), BaseGraphMatrix.compute(provider, points, mode));
            }
            if (maraudeVisits > 0) {
                maraude(provider, mode, all.subList(0, maraudeVisits + 1), maraudeTeams, maraudeSeconds);
            }
        }
        System.out.printf(Locale.ROOT, "%nmachine: %d cores, java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Seeded random points in the box, kept only when the provider can snap them (no sea, no park interior). */
    private static List<LonLat> onRoads(GraphHopperTravelTimeProvider provider, TravelMode mode, int count,
            double[] bbox, Random random) {
        List<LonLat> points = new ArrayList<>();
        int tries = 0;
        while (points.size() < count) {
            if (++tries > 100 * count + 1000) {
                throw new IllegalStateException("Only " + points.size() + " of " + count + " random points snap onto"
                        + " the roads in " + Arrays.toString(bbox) + ": check --bbox");
            }
            LonLat point = new LonLat(bbox[0] + random.nextDouble() * (bbox[2] - bbox[0]),
                    bbox[1] + random.nextDouble() * (bbox[3] - bbox[1]));
            if (provider.matrix(List.of(point), mode).unreachable().isEmpty()) {
                points.add(point);
            }
        }
        return points;
    }

    /**
     * Warm-up (3 runs, and at least a second unless a single timed run is asked for), then the median wall-clock and
     * process CPU time (all threads: the matrix's, and the JIT compiler's and garbage collector's if they work then).
     */
    private static Timing median(int runs, Supplier<TravelMatrix> matrix) {
        long warmUpEnd = System.nanoTime() + (runs > 1 ? 1_000_000_000L : 0);
        for (int w = 0; w < 3 || System.nanoTime() < warmUpEnd; w++) {
            matrix.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            matrix.get();
            wall[r] = (System.nanoTime() - start) / 1e6;
            cpu[r] = (OS.getProcessCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[runs / 2], cpu[runs / 2]);
    }

    private static void printDifference(TravelMatrix matrix, TravelMatrix reference) {
        long seconds = 0;
        double metres = 0;
        int compared = 0;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = 0; j < matrix.size(); j++) {
                if (matrix.isReachable(i) && matrix.isReachable(j) && reference.isReachable(i)
                        && reference.isReachable(j)) {
                    seconds = Math.max(seconds, Math.abs(matrix.durationSeconds(i, j) - reference.durationSeconds(i, j)));
                    metres = Math.max(metres, Math.abs(matrix.distanceMetres(i, j) - reference.distanceMetres(i, j)));
                    compared++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "largest difference over %d pairs: %d s, %.2f m; same unreachable points: %s%n",
                compared, seconds, metres, matrix.unreachable().equals(reference.unreachable()));
    }

    /** A maraude plan through the road matrix, as the service builds it: the first point is every team's base. */
    private static void maraude(GraphHopperTravelTimeProvider provider, TravelMode mode, List<LonLat> points, int teams,
            int seconds) {
        List<TeamSpec> teamSpecs = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            teamSpecs.add(new TeamSpec("team-" + t, "Équipe " + t, mode, LocalTime.of(8, 0), LocalTime.of(20, 0),
                    points.get(0), Set.of(), null));
        }
        List<VisitSpec> visits = new ArrayList<>();
        for (int v = 1; v < points.size(); v++) {
            visits.add(new VisitSpec("visit-" + v, "Lieu " + v, VisitKind.STREET_HOTSPOT, points.get(v),
                    Duration.ofMinutes(10), List.of(new TimeWindow(8 * 3600, 20 * 3600)), Set.of(), 0, 1, false));
        }
        long start = System.nanoTime();
        RoundProblem problem = new RoundProblemBuilder(provider).build(teamSpecs, visits);
        double matrixMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        RoundPlan plan = RoundPlanner.withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(Math.max(1, seconds / 5)))
                .plan(problem);
        double solveSeconds = (System.nanoTime() - start) / 1e9;
        int planned = plan.rounds().stream().mapToInt(r -> r.stops().size()).sum();
        System.out.println();
        System.out.printf(Locale.ROOT, "maraude, %d visits, %d teams: road matrix %.1f ms, solve %.1f s (limit %d s),"
                + " %d visits planned, %d left out, score %s%n", visits.size(), teams, matrixMillis, solveSeconds,
                seconds, planned, plan.leftOut().size(), plan.score());
    }

    private static String arg(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
