package fr.allervers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;

/**
 * The one-to-many search on a hand-made graph: shortest paths rather than direct edges, one-way streets, a place
 * nothing leads to, and a search that stops once its targets are settled.
 *
 * <pre>
 *             4 (one way 4 to 1, 100: a car park exit, nothing leads in)
 *             v
 *   0 --100-- 1 --100-- 2 --10 000-- 5
 *    \______500________/ \
 *     ^                   v one way 2 to 3 (100)
 *      \___ one way 3 to 0 (100)
 * </pre>
 */
class OneToManySearchTest {

    /** 10 m/s everywhere; one-way edges are listed as "from>to". */
    private static final class TestWeighting implements Weighting {
        private final Set<String> oneWays;

        TestWeighting(Set<String> oneWays) {
            this.oneWays = oneWays;
        }

        private boolean allowed(EdgeIteratorState edge, boolean reverse) {
            int from = reverse ? edge.getAdjNode() : edge.getBaseNode();
            int to = reverse ? edge.getBaseNode() : edge.getAdjNode();
            return !oneWays.contains(to + ">" + from);
        }

        @Override
        public double calcMinWeightPerDistance() {
            return 0.1;
        }

        @Override
        public double calcEdgeWeight(EdgeIteratorState edge, boolean reverse) {
            return allowed(edge, reverse) ? edge.getDistance() / 10 : Double.POSITIVE_INFINITY;
        }

        @Override
        public long calcEdgeMillis(EdgeIteratorState edge, boolean reverse) {
            return Math.round(edge.getDistance() * 100);
        }

        @Override
        public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
            return 0;
        }

        @Override
        public boolean hasTurnCosts() {
            return false;
        }

        @Override
        public String getName() {
            return "test";
        }
    }

    private static final TestWeighting WEIGHTING = new TestWeighting(Set.of("2>3", "3>0", "4>1"));

    private BaseGraph graph;
    private OneToManySearch search;

    @BeforeEach
    void graph() {
        graph = new BaseGraph.Builder(4).create();
        graph.edge(0, 1).setDistance(100);
        graph.edge(1, 2).setDistance(100);
        graph.edge(0, 2).setDistance(500);
        graph.edge(2, 3).setDistance(100);
        graph.edge(3, 0).setDistance(100);
        graph.edge(2, 5).setDistance(10_000);
        graph.edge(4, 1).setDistance(100);
        search = new OneToManySearch(graph, WEIGHTING);
    }

    @Test
    void findsTheShortestPathToEveryTargetWithItsTimeAndDistance() {
        search.run(0, new int[] {0, 2, 3});

        assertThat(search.found(2)).isTrue();
        assertThat(search.metresTo(2)).isEqualTo(200); // through 1, not the 500 m edge
        assertThat(search.millisTo(2)).isEqualTo(20_000);
        assertThat(search.metresTo(3)).isEqualTo(300);
    }

    @Test
    void followsOneWayStreetsOnlyInTheirDirection() {
        search.run(3, new int[] {2});

        // 3 to 2 cannot take the one-way 2 to 3 backwards: it goes round through 0 and 1.
        assertThat(search.found(2)).isTrue();
        assertThat(search.metresTo(2)).isEqualTo(300);
    }

    @Test
    void aTargetThatNothingLeadsToIsNotFoundAndTheOthersStillAre() {
        search.run(0, new int[] {4, 1, -1});

        assertThat(search.found(4)).isFalse();
        assertThat(search.found(1)).isTrue();
        assertThat(search.metresTo(1)).isEqualTo(100);

        search.run(4, new int[] {0});
        assertThat(search.found(0)).as("out of the car park").isTrue();
        assertThat(search.metresTo(0)).isEqualTo(200);
    }

    @Test
    void stopsOnceEveryTargetIsSettledAndStartsAfreshFromTheNextSource() {
        search.run(0, new int[] {1});
        assertThat(search.found(1)).isTrue();
        assertThat(search.found(5)).as("10 km away, never needed").isFalse();

        search.run(5, new int[] {0});
        assertThat(search.found(0)).isTrue();
        assertThat(search.metresTo(0)).isEqualTo(10_200);
        assertThat(search.found(4)).isFalse();
    }

    @Test
    void theMatrixSharesItsRowsBetweenThreadsAndReportsThePlacesNothingLeadsTo() {
        // 18 places on nodes 0 to 5 in turn (several at one node: a shared address), then one that did not snap.
        int n = 19;
        List<Snap> snaps = new ArrayList<>();
        List<LonLat> points = new ArrayList<>();
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            points.add(new LonLat(i, i));
            usable[i] = i < 18;
            snaps.add(usable[i] ? towerSnap(i % 6) : null);
        }

        OneToManyRoadMatrix.Result matrix = OneToManyRoadMatrix.compute(graph, () -> WEIGHTING, snaps, 2);
        List<UnreachablePoint> unreachable = new DisconnectedPoints(points, usable, matrix.failed()).remove();

        // Every place in the car park (node 4: 4, 10, 16) can leave it but cannot be reached: set aside.
        assertThat(unreachable).extracting(UnreachablePoint::index).containsExactlyInAnyOrder(4, 10, 16);
        assertThat(matrix.failed()[0][4]).isTrue();
        assertThat(matrix.failed()[4][0]).isFalse();
        assertThat(matrix.distanceMetres()[3][2]).isEqualTo(300); // node 3 to node 2, round the one-way streets
        assertThat(matrix.durationSeconds()[3][2]).isEqualTo(30);
        assertThat(matrix.distanceMetres()[17][2]).isEqualTo(10_000); // node 5 to node 2, the last row
        assertThat(matrix.durationSeconds()[1][8]).isEqualTo(10); // node 1 to node 2
        assertThat(matrix.distanceMetres()[0][6]).isZero(); // two places at node 0
        assertThat(matrix.failed()[18]).containsOnly(false); // the place that did not snap is reported elsewhere
    }

    private static Snap towerSnap(int node) {
        Snap snap = new Snap(0, 0);
        snap.setClosestNode(node);
        snap.setSnappedPosition(Snap.Position.TOWER);
        return snap;
    }
}
