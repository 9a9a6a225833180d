package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.List;

/**
 * The people met on a territory month by month, by what came of it (the funnel funders follow: informed, oriented,
 * came back, signed up for support) and by public. Counts of people; a null value is hidden (secret statistique,
 * see {@link SmallCountSuppression}).
 *
 * @param k counts from 1 to k − 1 are hidden, and with them any count that would give one back by subtraction
 */
public record FunnelReport(long territoryId, String territory, YearMonth from, YearMonth to, int k,
                           Table byOutcome, Table byCategory) {

    public record Column(String code, String label) {
    }

    public record Row(YearMonth month, List<Integer> values, Integer total) {
    }

    public record Table(List<Column> columns, List<Row> rows, List<Integer> columnTotals, Integer total) {
    }
}
