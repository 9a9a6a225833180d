package fr.allervers.routing;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;

/**
 * A plain node-based Dijkstra from one source that stops as soon as every target node is settled, carrying along
 * each node's travel time and distance so that a row of the matrix is read without walking any path back.
 *
 * <p>GraphHopper 11 ships {@code DijkstraOneToMany}, but on a query graph holding many snaps it returned paths
 * heavier than the shortest (a foot leg in Monaco: weight 378.7 instead of 309.9, 42 s longer than the route), and
 * its heap updates scan the whole heap. This search keeps GraphHopper's rules instead: the profile's weighting per
 * edge and direction ({@code calcEdgeWeight}, infinite where the profile has no access), {@code calcEdgeMillis} for
 * the time, no immediate U-turn on the edge a node was reached by, ties kept by the first path found.
 *
 * <p>One instance serves many sources on one graph (arrays are allocated once, reset by a round counter); it is
 * not thread safe.
 */
final class OneToManySearch {

    private final Weighting weighting;
    private final EdgeExplorer explorer;
    private final double[] weight;
    private final long[] millis;
    private final double[] metres;
    private final int[] reachedBy;
    private final int[] reachedInRound;
    private final int[] settledInRound;
    private final int[] targetInRound;
    private final MinHeap heap = new MinHeap();
    private int round;

    OneToManySearch(Graph graph, Weighting weighting) {
        this.weighting = weighting;
        this.explorer = graph.createEdgeExplorer();
        int nodes = graph.getNodes();
        weight = new double[nodes];
        millis = new long[nodes];
        metres = new double[nodes];
        reachedBy = new int[nodes];
        reachedInRound = new int[nodes];
        settledInRound = new int[nodes];
        targetInRound = new int[nodes];
    }

    /** Grows the tree from {@code source} until all {@code targets} are settled or nothing more can be reached. */
    void run(int source, int[] targets) {
        round++;
        heap.clear();
        int remaining = 0;
        for (int target : targets) {
            if (target >= 0 && target != source && targetInRound[target] != round) {
                targetInRound[target] = round;
                remaining++;
            }
        }
        reach(source, 0, 0, 0, EdgeIterator.NO_EDGE);
        while (remaining > 0 && !heap.isEmpty()) {
            double key = heap.peekKey();
            int node = heap.poll();
            if (settledInRound[node] == round || key > weight[node]) {
                continue; // a stale heap entry: the node was reached more cheaply since
            }
            settledInRound[node] = round;
            if (targetInRound[node] == round) {
                remaining--;
            }
            EdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int next = edge.getAdjNode();
                if (settledInRound[next] == round || edge.getEdge() == reachedBy[node]) {
                    continue;
                }
                double edgeWeight = weighting.calcEdgeWeight(edge, false);
                if (Double.isInfinite(edgeWeight)) {
                    continue;
                }
                double candidate = weight[node] + edgeWeight;
                if (reachedInRound[next] != round || candidate < weight[next]) {
                    reach(next, candidate, millis[node] + weighting.calcEdgeMillis(edge, false),
                            metres[node] + edge.getDistance(), edge.getEdge());
                }
            }
        }
    }

    private void reach(int node, double nodeWeight, long nodeMillis, double nodeMetres, int edge) {
        reachedInRound[node] = round;
        weight[node] = nodeWeight;
        millis[node] = nodeMillis;
        metres[node] = nodeMetres;
        reachedBy[node] = edge;
        heap.push(nodeWeight, node);
    }

    /** Whether the last {@link #run} settled {@code node}, i.e. found its shortest path from the source. */
    boolean found(int node) {
        return settledInRound[node] == round;
    }

    long millisTo(int node) {
        return millis[node];
    }

    double metresTo(int node) {
        return metres[node];
    }
}
