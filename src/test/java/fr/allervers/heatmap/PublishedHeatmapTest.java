package fr.allervers.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.allervers.heatmap.PublishedHeatmap.Key;
import fr.allervers.heatmap.PublishedHeatmap.Tally;

/**
 * What is published cannot be subtracted down to fewer than k encounters: on random months of random cells, the
 * difference between two periods, and between a cell and its four parts, is always 0 or at least k.
 */
class PublishedHeatmapTest {

    private static final int K = 5;

    @Test
    void onlyTheFixedNestedSizesAreAccepted() {
        assertThat(PublishedHeatmap.cellSize(null)).isEqualTo(1000);
        PublishedHeatmap.CELL_SIZES.forEach(size -> assertThat(PublishedHeatmap.cellSize(size)).isEqualTo(size));
        for (double size : new double[] {250, 507.4, 750, 1500, 5000, 100_000}) {
            assertThatThrownBy(() -> PublishedHeatmap.cellSize(size)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vue agrégée").hasMessageContaining("500, 1000, 2000, 4000 m");
        }
        for (int i = 1; i < PublishedHeatmap.CELL_SIZES.size(); i++) {
            assertThat(PublishedHeatmap.CELL_SIZES.get(i)).isEqualTo(2 * PublishedHeatmap.CELL_SIZES.get(i - 1));
        }
    }

    @Test
    void aMonthOfACellOfKEncountersIsShownAtEverySizeAndLessIsNot() {
        Map<Key, Tally> month = Map.of(new Key(10, 10), new Tally(3, 3, 3), new Key(11, 10), new Tally(2, 4, 2),
                new Key(40, 40), new Tally(4, 4, 4));
        assertThat(PublishedHeatmap.publish(List.of(month), 500, K)).isEmpty();
        // 3 + 2 in one 1000 m cell: shown there, with all the people and weight.
        assertThat(PublishedHeatmap.publish(List.of(month), 1000, K)).containsExactly(
                Map.entry(new Key(5, 5), new Tally(5, 7, 5)));
        // Two months of 4: each hidden on its own, so the period shows nothing rather than 8.
        assertThat(PublishedHeatmap.publish(List.of(Map.of(new Key(1, 1), new Tally(4, 4, 4)),
                Map.of(new Key(1, 1), new Tally(4, 4, 4))), 4000, K)).isEmpty();
    }

    @Test
    void noDifferenceOfTwoAnswersIsFewerThanKEncounters() {
        Random random = new Random(13);
        for (int round = 0; round < 80; round++) {
            List<Map<Key, Tally>> months = new ArrayList<>();
            int[][][] raw = new int[6][16][16]; // month, column, row of 500 m cells in one 8 km square
            for (int m = 0; m < 6; m++) {
                Map<Key, Tally> month = new HashMap<>();
                for (int n = random.nextInt(60); n > 0; n--) {
                    // Clustered: a few busy cells, many with one or two encounters.
                    int column = random.nextBoolean() ? 3 + random.nextInt(2) : random.nextInt(16);
                    int row = random.nextBoolean() ? 5 + random.nextInt(2) : random.nextInt(16);
                    raw[m][column][row]++;
                    month.merge(new Key(column, row), new Tally(1, 1, 1), Tally::plus);
                }
                months.add(month);
            }
            for (double size : PublishedHeatmap.CELL_SIZES) {
                // Whole-month periods: [a, b] against [a, b + 1] and [a + 1, b].
                for (int a = 0; a < 6; a++) {
                    for (int b = a; b < 6; b++) {
                        Map<Key, Tally> period = PublishedHeatmap.publish(months.subList(a, b + 1), size, K);
                        period.values().forEach(t -> assertThat(t.count()).isGreaterThanOrEqualTo(K));
                        if (b + 1 < 6) {
                            assertSafeDifferences(period, PublishedHeatmap.publish(months.subList(a, b + 2), size, K));
                        }
                        if (a < b) {
                            assertSafeDifferences(PublishedHeatmap.publish(months.subList(a + 1, b + 1), size, K),
                                    period);
                        }
                    }
                }
                // A cell against its four parts, over the whole period.
                if (size > PublishedHeatmap.BASE_CELL) {
                    Map<Key, Tally> parts = PublishedHeatmap.publish(months, size / 2, K);
                    Map<Key, Long> partsSum = new HashMap<>();
                    parts.forEach((key, tally) -> partsSum.merge(key.parent(), tally.count(), Long::sum));
                    Map<Key, Tally> whole = PublishedHeatmap.publish(months, size, K);
                    partsSum.forEach((key, sum) -> assertThat(whole.containsKey(key)).isTrue());
                    whole.forEach((key, tally) -> assertSafe(tally.count() - partsSum.getOrDefault(key, 0L)));
                }
            }
            // And a month of a cell with k encounters or more is never left out.
            for (int m = 0; m < 6; m++) {
                Map<Key, Tally> shown = PublishedHeatmap.publish(months.subList(m, m + 1), 1000, K);
                for (int c = 0; c < 8; c++) {
                    for (int r = 0; r < 8; r++) {
                        int count = raw[m][2 * c][2 * r] + raw[m][2 * c + 1][2 * r] + raw[m][2 * c][2 * r + 1]
                                + raw[m][2 * c + 1][2 * r + 1];
                        assertThat(shown.containsKey(new Key(c, r))).isEqualTo(count >= K);
                    }
                }
            }
        }
    }

    /** Every cell of the larger answer has, less the smaller answer, 0 or at least k encounters. */
    private static void assertSafeDifferences(Map<Key, Tally> smaller, Map<Key, Tally> larger) {
        larger.forEach((key, tally) -> assertSafe(tally.count() - (smaller.containsKey(key)
                ? smaller.get(key).count() : 0)));
        smaller.forEach((key, tally) -> assertThat(larger).containsKey(key));
    }

    private static void assertSafe(long difference) {
        assertThat(difference).satisfiesAnyOf(d -> assertThat(d).isZero(), d -> assertThat(d).isGreaterThanOrEqualTo(K));
    }
}
