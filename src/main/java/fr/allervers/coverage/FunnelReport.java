package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.List;

/**
 * The people met on a territory month by month, by what came of it (the funnel funders follow: informed, oriented,
 * came back, signed up for support) and by public, in people. Every value is the total of the published blocks
 * it holds (see {@link PublishedFunnel}): a block is one month of one commune, shown only with at least k
 * encounters; the last column of each table holds the blocks shown without that breakdown. Nothing is hidden cell
 * by cell, so no value is null, and any total is the sum of its parts.
 *
 * @param k a block (month × commune × public × outcome, then its outcome's residue, then the commune's) is published
 *          only when it holds at least k encounters
 */
public record FunnelReport(long territoryId, String territory, YearMonth from, YearMonth to, int k,
                           Table byOutcome, Table byCategory) {

    public record Column(String code, String label) {
    }

    public record Row(YearMonth month, List<Integer> values, int total) {
    }

    public record Table(List<Column> columns, List<Row> rows, List<Integer> columnTotals, int total) {
    }
}
