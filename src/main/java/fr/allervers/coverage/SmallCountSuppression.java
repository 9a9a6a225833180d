package fr.allervers.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides the small counts of a table with its row and column totals before it leaves the team, the way official
 * statistics do (secret statistique):
 * <ul>
 * <li>primary: every count from 1 to k − 1 is hidden — a "2 young people leaving prison in Solaize in March" points
 * at people;</li>
 * <li>secondary: a hidden count must not come back by subtraction, so in each additive line (a row with its total,
 * a column with its total, the totals with the grand total) that would hold exactly one hidden value, the smallest
 * other non-zero value is hidden too. This repeats until no line holds exactly one.</li>
 * </ul>
 * Zeros stay: "nobody" reveals no one. The totals are computed from the true counts, before hiding.
 */
final class SmallCountSuppression {

    /** The table as published: null where a value is hidden. */
    record Table(Integer[][] cells, Integer[] rowTotals, Integer[] columnTotals, Integer total) {
    }

    private SmallCountSuppression() {
    }

    static Table apply(int[][] counts, int k) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        // One grid with the totals as last row and column, so every additive line is a row or a column of it.
        int[][] grid = new int[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("rows of different lengths");
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                grid[r][c] = counts[r][c];
                grid[r][columns] += counts[r][c];
                grid[rows][c] += counts[r][c];
                grid[rows][columns] += counts[r][c];
            }
        }
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = grid[r][c] > 0 && grid[r][c] < k;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protect(grid, hidden, line(r, columns + 1, true));
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protect(grid, hidden, line(c, rows + 1, false));
            }
        }
        Integer[][] cells = new Integer[rows][columns];
        Integer[] rowTotals = new Integer[rows];
        Integer[] columnTotals = new Integer[columns];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Integer shown = hidden[r][c] ? null : grid[r][c];
                if (r < rows && c < columns) {
                    cells[r][c] = shown;
                } else if (r < rows) {
                    rowTotals[r] = shown;
                } else if (c < columns) {
                    columnTotals[c] = shown;
                }
            }
        }
        return new Table(cells, rowTotals, columnTotals, hidden[rows][columns] ? null : grid[rows][columns]);
    }

    /** The positions {row, column} of one additive line of the grid: its parts and, last, its total. */
    private static List<int[]> line(int index, int length, boolean isRow) {
        List<int[]> positions = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            positions.add(isRow ? new int[] {index, i} : new int[] {i, index});
        }
        return positions;
    }

    /** Hides one more value of the line when it holds exactly one hidden value; @return whether it did. */
    private static boolean protect(int[][] grid, boolean[][] hidden, List<int[]> line) {
        long hiddenCount = line.stream().filter(p -> hidden[p[0]][p[1]]).count();
        if (hiddenCount != 1) {
            return false;
        }
        // Only positive values are hidden and the total is the sum of the parts, so with exactly one hidden value
        // the line always holds another positive one (the total, or a part of it).
        int[] smallest = line.stream().filter(p -> !hidden[p[0]][p[1]] && grid[p[0]][p[1]] > 0)
                .min((a, b) -> Integer.compare(grid[a[0]][a[1]], grid[b[0]][b[1]])).orElseThrow();
        hidden[smallest[0]][smallest[1]] = true;
        return true;
    }
}
