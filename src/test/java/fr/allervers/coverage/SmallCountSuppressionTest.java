package fr.allervers.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

    @Test
    void aTableWithoutSmallCountsIsShownWhole() {
        SmallCountSuppression.Table table = SmallCountSuppression.apply(new int[][] {{5, 0, 12}, {7, 9, 0}}, 5);
        assertThat(render(table)).isEqualTo("[5, 0, 12] = 17\n[7, 9, 0] = 16\n");
        assertThat(table.columnTotals()).containsExactly(12, 9, 12);
        assertThat(table.total()).isEqualTo(33);
    }

    @Test
    void aSmallCountIsHiddenWithAnotherInItsRowAndColumnSoThatNoSubtractionFindsIt() {
        // Row 0 holds a 2: alone, 20 - 8 - 6 would give it back.
        SmallCountSuppression.Table table = SmallCountSuppression.apply(new int[][] {{2, 8, 10}, {9, 6, 7}, {11, 12, 13}}, 5);
        assertThat(table.cells()[0][0]).isNull();
        assertThat(table.cells()[0][1]).as("smallest other in the row").isNull();
        assertThat(table.cells()[1][0]).as("smallest other in the first column").isNull();
        assertThat(table.cells()[1][1]).as("smallest other in the second column").isNull();
        assertThat(table.cells()[2]).containsExactly(11, 12, 13);
        assertThat(table.total()).isEqualTo(78);
        assertNothingComesBackBySubtraction(table);
    }

    @Test
    void smallTotalsAreHiddenToo() {
        SmallCountSuppression.Table table = SmallCountSuppression.apply(new int[][] {{1, 0}, {0, 0}, {6, 9}}, 5);
        assertThat(table.rowTotals()[0]).isNull();
        assertThat(table.cells()[0][0]).isNull();
        assertThat(table.rowTotals()[1]).isZero();
        assertNothingComesBackBySubtraction(table);
    }

    @Test
    void onRandomTablesEverySmallCountIsHiddenAndNoLineGivesOneBack() {
        Random random = new Random(3);
        for (int run = 0; run < 2_000; run++) {
            int rows = 1 + random.nextInt(12);
            int columns = 1 + random.nextInt(6);
            int[][] counts = new int[rows][columns];
            for (int[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
                }
            }
            SmallCountSuppression.Table table = SmallCountSuppression.apply(counts, 5);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Integer shown = table.cells()[r][c];
                    if (counts[r][c] > 0 && counts[r][c] < 5) {
                        assertThat(shown).isNull();
                    } else if (shown != null) {
                        assertThat(shown).isEqualTo(counts[r][c]);
                    }
                }
            }
            assertNothingComesBackBySubtraction(table);
        }
    }

    /** A compact rendering of the rows, "·" for a hidden value. */
    private static String render(SmallCountSuppression.Table table) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < table.cells().length; r++) {
            out.append(java.util.Arrays.stream(table.cells()[r]).map(v -> v == null ? "·" : v.toString()).toList())
                    .append(" = ").append(table.rowTotals()[r] == null ? "·" : table.rowTotals()[r]).append('\n');
        }
        return out.toString();
    }

    /** In every additive line, hidden values are none or at least two. */
    private static void assertNothingComesBackBySubtraction(SmallCountSuppression.Table table) {
        int rows = table.cells().length;
        int columns = rows == 0 ? 0 : table.cells()[0].length;
        List<List<Integer>> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Integer> line = new ArrayList<>(java.util.Arrays.asList(table.cells()[r]));
            line.add(table.rowTotals()[r]);
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> line = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                line.add(table.cells()[r][c]);
            }
            line.add(table.columnTotals()[c]);
            lines.add(line);
        }
        List<Integer> totals = new ArrayList<>(java.util.Arrays.asList(table.rowTotals()));
        totals.add(table.total());
        lines.add(totals);
        List<Integer> columnTotals = new ArrayList<>(java.util.Arrays.asList(table.columnTotals()));
        columnTotals.add(table.total());
        lines.add(columnTotals);
        for (List<Integer> line : lines) {
            assertThat(line.stream().filter(v -> v == null).count()).as("hidden in %s", line).isNotEqualTo(1L);
        }
    }
}
