package fr.allervers.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.graphhopper.routing.ch.ShortcutUnpacker;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIterator;

/**
 * Road durations and distances between already snapped points on the profile's contracted (CH) graph, with the
 * bucket algorithm of Knopp et al. (2007): one backward upward search per distinct target leaves (target, weight) in
 * a bucket at every node it settles; one forward upward search per distinct source scans the buckets of the nodes it
 * settles, and the lightest sum is the shortest path of that pair, meeting at its highest node. An upward search
 * settles a few hundred to a few thousand nodes whatever the graph's size, where a plain one-to-many search settles
 * most of the area spanned by the points.
 *
 * <p>The searches follow GraphHopper's own node-based CH router ({@code AbstractBidirCHAlgo}) on the same
 * {@link QueryRoutingCHGraph}: an edge is used only towards a node of equal or higher level, virtual (snap) edges
 * always, weights as stored on the CH edges; in addition, a node reached more cheaply from a higher one is stalled
 * (stall-on-demand), which shrinks the searches and the buckets without changing any shortest path. The CH weight is the profile's weighting, not the time, so each entry's
 * time and distance are read from the original edges of its path: the two parent chains down from the meeting node,
 * shortcuts unpacked by GraphHopper's {@link ShortcutUnpacker}, and for each original edge {@code calcEdgeMillis} and
 * its distance, as GraphHopper's CH path extraction sums them. The contraction has no turn costs (node based).
 *
 * <p>Backward searches, then forward searches, then the backward halves of the found paths are shared between up to
 * {@code maxThreads} threads; each search tree belongs to one thread while it is written.
 */
final class ContractedRoadMatrix {

    private ContractedRoadMatrix() {
    }

    /**
     * @param chGraph the profile's contracted graph on {@code graph}, node based
     * @param snaps   one valid snap per usable point and {@code null} for the others (their rows and columns stay 0 and
     *                are never marked failed); the snaps are consumed: the query graph moves them onto its virtual nodes.
     */
    static OneToManyRoadMatrix.Result compute(BaseGraph graph, RoutingCHGraph chGraph, List<Snap> snaps,
            int maxThreads) {
        if (chGraph.isEdgeBased()) {
            throw new IllegalArgumentException("The bucket matrix is node based; this contraction uses turn costs");
        }
        int n = snaps.size();
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        boolean[][] failed = new boolean[n][n];
        List<Snap> valid = new ArrayList<>();
        snaps.stream().filter(s -> s != null).forEach(valid::add);
        if (valid.size() < 2) {
            return new OneToManyRoadMatrix.Result(durations, distances, failed);
        }
        QueryGraph queryGraph = QueryGraph.create(graph, valid);
        QueryRoutingCHGraph queryCH = new QueryRoutingCHGraph(chGraph, queryGraph);

        // Several points may share a road node (a repeated address): one search per distinct node.
        int[] nodes = new int[n];
        int[] distinctOf = new int[n];
        List<Integer> distinct = new ArrayList<>();
        Map<Integer, Integer> indexOfNode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            nodes[i] = snaps.get(i) == null ? -1 : snaps.get(i).getClosestNode();
            if (nodes[i] >= 0) {
                distinctOf[i] = indexOfNode.computeIfAbsent(nodes[i], node -> {
                    distinct.add(node);
                    return distinct.size() - 1;
                });
            } else {
                distinctOf[i] = -1;
            }
        }
        int m = distinct.size();
        int threads = Math.max(1, Math.min(maxThreads, m / OneToManyRoadMatrix.MIN_ROWS_PER_THREAD));

        // 1. Backward upward search from every target.
        SearchTree[] backward = new SearchTree[m];
        forEachIndex(m, threads, () -> new UpwardSearch(queryCH, true),
                (search, t) -> backward[t] = search.run(distinct.get(t)));
        Buckets buckets = new Buckets(queryCH.getNodes(), backward);

        // 2. Forward upward search from every source, meeting the targets in the buckets.
        long[][] forwardMillis = new long[m][m];
        double[][] forwardMetres = new double[m][m];
        int[][] meetingEntry = new int[m][m];
        forEachIndex(m, threads, () -> new UpwardSearch(queryCH, false), (search, s) -> {
            SearchTree tree = search.run(distinct.get(s));
            double[] best = new double[m];
            int[] bestForward = new int[m];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            Arrays.fill(meetingEntry[s], -1);
            for (int e = 0; e < tree.size; e++) {
                if (tree.stalled[e]) {
                    continue;
                }
                double weight = tree.weight[e];
                for (int b = buckets.head[tree.node[e]]; b >= 0; b = buckets.next[b]) {
                    int t = buckets.target[b];
                    double total = weight + backward[t].weight[buckets.entry[b]];
                    if (total < best[t]) {
                        best[t] = total;
                        bestForward[t] = e;
                        meetingEntry[s][t] = buckets.entry[b];
                    }
                }
            }
            for (int t = 0; t < m; t++) {
                if (meetingEntry[s][t] >= 0) {
                    tree.sumUpTo(bestForward[t], search.unpacker);
                    forwardMillis[s][t] = tree.millis[bestForward[t]];
                    forwardMetres[s][t] = tree.metres[bestForward[t]];
                }
            }
        });

        // 3. The backward halves, each target's tree walked by one thread.
        long[][] totalMillis = new long[m][m];
        double[][] totalMetres = new double[m][m];
        forEachIndex(m, threads, () -> new Unpacker(queryCH), (unpacker, t) -> {
            SearchTree tree = backward[t];
            for (int s = 0; s < m; s++) {
                int e = meetingEntry[s][t];
                if (e >= 0) {
                    tree.sumUpTo(e, unpacker);
                    totalMillis[s][t] = forwardMillis[s][t] + tree.millis[e];
                    totalMetres[s][t] = forwardMetres[s][t] + tree.metres[e];
                }
            }
        });

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int s = distinctOf[i];
                int t = distinctOf[j];
                if (s < 0 || t < 0 || s == t) {
                    continue; // unusable, or the same place on the road network: 0 s and 0 m, as a route would say
                }
                if (meetingEntry[s][t] < 0) {
                    failed[i][j] = true;
                    continue;
                }
                durations[i][j] = Math.round(totalMillis[s][t] / 1000.0);
                distances[i][j] = totalMetres[s][t];
            }
        }
        return new OneToManyRoadMatrix.Result(durations, distances, failed);
    }

    private interface IndexedWork<W> {
        void run(W worker, int index);
    }

    /** Indices 0 to {@code count - 1} shared between the threads, each with its own worker (search arrays). */
    private static <W> void forEachIndex(int count, int threads, Supplier<W> workers, IndexedWork<W> work) {
        AtomicInteger next = new AtomicInteger();
        OneToManyRoadMatrix.runOnThreads(thread -> {
            W worker = workers.get();
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                work.run(worker, i);
            }
        }, threads);
    }

    /** Every backward tree entry not stalled, listed at its node: singly linked lists in arrays, heads indexed by node. */
    private static final class Buckets {
        final int[] head;
        final int[] next;
        final int[] target;
        final int[] entry;

        Buckets(int nodes, SearchTree[] trees) {
            head = new int[nodes];
            Arrays.fill(head, -1);
            int size = 0;
            for (SearchTree tree : trees) {
                for (int e = 0; e < tree.size; e++) {
                    size += tree.stalled[e] ? 0 : 1;
                }
            }
            next = new int[size];
            target = new int[size];
            entry = new int[size];
            int b = 0;
            for (int t = 0; t < trees.length; t++) {
                SearchTree tree = trees[t];
                for (int e = 0; e < tree.size; e++) {
                    if (tree.stalled[e]) {
                        continue;
                    }
                    target[b] = t;
                    entry[b] = e;
                    next[b] = head[tree.node[e]];
                    head[tree.node[e]] = b++;
                }
            }
        }
    }

    /**
     * The settled nodes of one upward search: node, weight from the root, the parent entry and the CH edge from it, and
 * whether the node was stalled.
     * Time and distance from the root are summed lazily, only along the paths a matrix entry uses.
     */
    private static final class SearchTree {
        private final boolean reverse;
        int size;
        int[] node = new int[64];
        double[] weight = new double[64];
        int[] parent = new int[64];
        int[] edge = new int[64];
        boolean[] settled = new boolean[64];
        boolean[] stalled = new boolean[64];
        long[] millis;
        double[] metres;
        boolean[] summed;

        SearchTree(boolean reverse) {
            this.reverse = reverse;
        }

        int add(int node, double weight, int parent, int edge) {
            if (size == this.node.length) {
                this.node = Arrays.copyOf(this.node, size * 2);
                this.weight = Arrays.copyOf(this.weight, size * 2);
                this.parent = Arrays.copyOf(this.parent, size * 2);
                this.edge = Arrays.copyOf(this.edge, size * 2);
                this.settled = Arrays.copyOf(this.settled, size * 2);
                this.stalled = Arrays.copyOf(this.stalled, size * 2);
            }
            this.node[size] = node;
            this.weight[size] = weight;
            this.parent[size] = parent;
            this.edge[size] = edge;
            return size++;
        }

        /** Sums time and distance from the root to {@code entry}, unpacking each shortcut of the chain once. */
        void sumUpTo(int entry, Unpacker unpacker) {
            if (summed == null) {
                millis = new long[size];
                metres = new double[size];
                summed = new boolean[size];
            }
            int[] chain = new int[16];
            int length = 0;
            for (int e = entry; e >= 0 && !summed[e]; e = parent[e]) {
                if (length == chain.length) {
                    chain = Arrays.copyOf(chain, length * 2);
                }
                chain[length++] = e;
            }
            for (int k = length - 1; k >= 0; k--) {
                int e = chain[k];
                int p = parent[e];
                if (p < 0) {
                    millis[e] = 0;
                    metres[e] = 0;
                } else {
                    unpacker.unpack(edge[e], node[e], reverse);
                    millis[e] = millis[p] + unpacker.millis;
                    metres[e] = metres[p] + unpacker.metres;
                }
                summed[e] = true;
            }
        }
    }

    /** Time and distance of one CH edge, from its original edges in the direction of travel. */
    private static final class Unpacker {
        private final ShortcutUnpacker unpacker;
        long millis;
        double metres;

        Unpacker(RoutingCHGraph graph) {
            Weighting weighting = graph.getWeighting();
            unpacker = new ShortcutUnpacker(graph, (original, reverse, prevOrNextEdge) -> {
                millis += weighting.calcEdgeMillis(original, reverse);
                metres += original.getDistance();
            }, false);
        }

        /** {@code adjNode} is the node the search reached through {@code chEdge}, as GraphHopper's path extractor. */
        void unpack(int chEdge, int adjNode, boolean reverse) {
            millis = 0;
            metres = 0;
            if (reverse) {
                unpacker.visitOriginalEdgesBwd(chEdge, adjNode, true, EdgeIterator.NO_EDGE);
            } else {
                unpacker.visitOriginalEdgesFwd(chEdge, adjNode, true, EdgeIterator.NO_EDGE);
            }
        }
    }

    /**
     * A Dijkstra over the upward edges from one root, run until nothing is left to settle. One instance per thread
     * serves many roots (node arrays allocated once, reset by a round counter).
     */
    private static final class UpwardSearch {
        private final RoutingCHGraph graph;
        private final boolean reverse;
        private final RoutingCHEdgeExplorer explorer;
        private final RoutingCHEdgeExplorer stallExplorer;
        private final int realNodes;
        private final int[] entryOf;
        private final int[] reachedInRound;
        private final MinHeap heap = new MinHeap();
        final Unpacker unpacker;
        private int round;

        UpwardSearch(RoutingCHGraph graph, boolean reverse) {
            this.graph = graph;
            this.reverse = reverse;
            this.explorer = reverse ? graph.createInEdgeExplorer() : graph.createOutEdgeExplorer();
            this.stallExplorer = reverse ? graph.createOutEdgeExplorer() : graph.createInEdgeExplorer();
            this.realNodes = graph.getBaseGraph().getBaseGraph().getNodes();
            this.entryOf = new int[graph.getNodes()];
            this.reachedInRound = new int[graph.getNodes()];
            this.unpacker = new Unpacker(graph);
        }

        SearchTree run(int root) {
            round++;
            heap.clear();
            SearchTree tree = new SearchTree(reverse);
            reach(tree, root, 0, -1, EdgeIterator.NO_EDGE);
            while (!heap.isEmpty()) {
                double key = heap.peekKey();
                int e = heap.poll();
                if (tree.settled[e] || key > tree.weight[e]) {
                    continue; // a stale heap entry: the node was reached more cheaply since
                }
                tree.settled[e] = true;
                int node = tree.node[e];
                if (reachedCheaperFromAbove(tree, e)) {
                    tree.stalled[e] = true;
                    continue;
                }
                RoutingCHEdgeIterator iter = explorer.setBaseNode(node);
                while (iter.next()) {
                    if (iter.getEdge() == tree.edge[e] || !upward(iter.getBaseNode(), iter.getAdjNode())) {
                        continue;
                    }
                    double edgeWeight = iter.getWeight(reverse);
                    if (Double.isInfinite(edgeWeight)) {
                        continue;
                    }
                    double candidate = tree.weight[e] + edgeWeight;
                    int next = iter.getAdjNode();
                    if (reachedInRound[next] != round) {
                        reach(tree, next, candidate, e, iter.getEdge());
                    } else {
                        int known = entryOf[next];
                        if (candidate < tree.weight[known] && !tree.settled[known]) {
                            // Only unsettled entries change, and parents are always settled: chains stay valid.
                            tree.weight[known] = candidate;
                            tree.parent[known] = e;
                            tree.edge[known] = iter.getEdge();
                            heap.push(candidate, known);
                        }
                    }
                }
            }
            return tree;
        }

        /**
         * Stall-on-demand: the node's weight is not its shortest distance when an already reached node of higher level
         * leads to it more cheaply (against the search direction, hence the other explorer). Such a node is neither
         * expanded nor used as a meeting node; the shortest path's meeting node never is one.
         */
        private boolean reachedCheaperFromAbove(SearchTree tree, int e) {
            RoutingCHEdgeIterator iter = stallExplorer.setBaseNode(tree.node[e]);
            while (iter.next()) {
                int other = iter.getAdjNode();
                if (reachedInRound[other] != round || !upward(iter.getBaseNode(), other)) {
                    continue;
                }
                if (tree.weight[entryOf[other]] + iter.getWeight(!reverse) < tree.weight[e]) {
                    return true;
                }
            }
            return false;
        }

        private void reach(SearchTree tree, int node, double weight, int parent, int edge) {
            int e = tree.add(node, weight, parent, edge);
            reachedInRound[node] = round;
            entryOf[node] = e;
            heap.push(weight, e);
        }

        /** GraphHopper's CH level filter: towards a node of equal or higher level; virtual edges always. */
        private boolean upward(int base, int adj) {
            if (base >= realNodes || adj >= realNodes) {
                return true;
            }
            return graph.getLevel(base) <= graph.getLevel(adj);
        }
    }
}
