package fr.allervers.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;

/**
 * Road durations and distances between already snapped points with one search per source instead of one route per
 * pair: the snaps are inserted together into a single {@link QueryGraph}, then {@link OneToManySearch} grows one
 * shortest-path tree from each source on the base (uncontracted) graph, stopping as soon as the last target of that
 * row is settled.
 *
 * <p>The tree uses the profile's own weighting, wrapped by the query graph exactly as GraphHopper's router wraps it,
 * so each entry is the path that a point-to-point {@code route} picks, with the same time (sum of the edges'
 * {@code calcEdgeMillis}) and distance. Profiles have no turn costs, so the search is node based like the router's.
 * Times are summed in whole milliseconds per edge, and an edge cut by several snaps is summed in more pieces than
 * in a two-point route, so an entry may differ from the route by a millisecond, and by 1 s after rounding.
 *
 * <p>Rows are independent: they are shared between up to {@code maxThreads} threads, one search each.
 *
 * <p>The provider now serves {@link ContractedRoadMatrix} (CH buckets), whose searches do not grow with the area the
 * points span; this matrix is kept as a second, independent way to check it and to measure it against.
 */
final class OneToManyRoadMatrix {

    /** Durations in seconds, distances in metres; {@code failed[i][j]} when no path leads from i to j. */
    record Result(long[][] durationSeconds, double[][] distanceMetres, boolean[][] failed) {
    }

    /** A thread is started only for at least this many rows: starting one costs more than a few Monaco rows. */
    static final int MIN_ROWS_PER_THREAD = 8;

    private OneToManyRoadMatrix() {
    }

    /**
     * @param weighting  the profile's weighting; each thread gets its own, as GraphHopper builds one per request
     * @param snaps      one valid snap per usable point and {@code null} for the others (their rows and columns stay
     *                   0 and are never marked failed); the snaps are consumed: the query graph moves them onto its
     *                   virtual nodes.
     * @param maxThreads rows are shared between at most this many threads (the caller's included)
     */
    static Result compute(BaseGraph graph, Supplier<Weighting> weighting, List<Snap> snaps, int maxThreads) {
        int n = snaps.size();
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        boolean[][] failed = new boolean[n][n];
        List<Snap> valid = new ArrayList<>();
        snaps.stream().filter(s -> s != null).forEach(valid::add);
        if (valid.size() < 2) {
            return new Result(durations, distances, failed);
        }
        QueryGraph queryGraph = QueryGraph.create(graph, valid);
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = snaps.get(i) == null ? -1 : snaps.get(i).getClosestNode();
        }
        int threads = Math.max(1, Math.min(maxThreads, valid.size() / MIN_ROWS_PER_THREAD));
        List<Weighting> weightings = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            weightings.add(queryGraph.wrapWeighting(weighting.get()));
        }
        AtomicInteger nextRow = new AtomicInteger();
        IntConsumer rows = thread -> {
            OneToManySearch search = new OneToManySearch(queryGraph, weightings.get(thread));
            for (int i = nextRow.getAndIncrement(); i < n; i = nextRow.getAndIncrement()) {
                if (nodes[i] >= 0) {
                    search.run(nodes[i], nodes);
                    readRow(search, nodes, i, durations[i], distances[i], failed[i]);
                }
            }
        };
        runOnThreads(rows, threads);
        return new Result(durations, distances, failed);
    }

    private static void readRow(OneToManySearch search, int[] nodes, int i, long[] durations, double[] distances,
            boolean[] failed) {
        for (int j = 0; j < nodes.length; j++) {
            if (j == i || nodes[j] < 0 || nodes[j] == nodes[i]) {
                continue; // same place on the road network: 0 s and 0 m, as a route would say
            }
            if (!search.found(nodes[j])) {
                failed[j] = true;
                continue;
            }
            durations[j] = Math.round(search.millisTo(nodes[j]) / 1000.0);
            distances[j] = search.metresTo(nodes[j]);
        }
    }

    /** Runs {@code work} on the caller's thread (0) and helpers 1 to {@code threads - 1}, and waits for them all. */
    static void runOnThreads(IntConsumer work, int threads) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            final int thread = t;
            Thread helper = new Thread(() -> work.accept(thread), "road-matrix-" + t);
            helper.setDaemon(true);
            helper.setUncaughtExceptionHandler((failed, e) -> failure.compareAndSet(null, e));
            helper.start();
            helpers.add(helper);
        }
        try {
            work.accept(0);
        } finally {
            for (Thread helper : helpers) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while computing a road matrix", e);
                }
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A road matrix thread failed", failure.get());
        }
    }
}
