package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The contacts on a territory month by month — people at encounters: without identities, someone met twice counts
 * twice — by what came of it (the funnel funders follow: informed, oriented, came back, signed up for support) and
 * by public. Every value is the total of the published blocks it holds (see {@link PublishedFunnel}): a block is
 * one month of one commune, shown only with at least k encounters; the last column of each table holds the blocks
 * shown without that breakdown. Nothing is hidden cell by cell, so no value is null, and any total is the sum of its
 * parts; a 0 in a month that left encounters out says so beside it ({@link HiddenBecause}).
 *
 * @param k a block (month × commune × public × outcome, then its outcome's residue, then the commune's) is published
 *          only when it holds at least k encounters
 */
@Schema(description = "Contacts (personnes rencontrées ; une même personne rencontrée deux fois compte deux fois) par"
        + " mois, en totaux des cases publiées. — Contacts (people at encounters; someone met twice counts twice)"
        + " per month, as totals of the published blocks.")
public record FunnelReport(long territoryId, String territory, YearMonth from, YearMonth to,
                           @Schema(description = "Une case (un mois d'une commune) n'est publiée qu'avec au moins k"
                                   + " rencontres. — A block is published only with at least k encounters.")
                           int k,
                           Table byOutcome, Table byCategory) {

    public record Column(String code, String label) {
    }

    /**
     * @param hiddenBecause aligned with {@code values}: null where the value is exact, {@link HiddenBecause#SMALL}
     *                      for a 0 of a month that left encounters out
     */
    public record Row(YearMonth month,
                      @Schema(description = "Contacts de chaque colonne : total des cases publiées. — Contacts of"
                              + " each column: total of the published blocks.")
                      List<Integer> values,
                      @Schema(description = "Contacts du mois : total des cases publiées. — The month's contacts:"
                              + " total of the published blocks.")
                      int total,
                      @Schema(description = "Aligné sur values : null si la valeur est exacte ; SMALL pour un 0 d'un"
                              + " mois où des rencontres, moins de k par commune, ne sont comptées nulle part"
                              + " (« < k rencontres par commune »). COMPLEMENTARY n'est jamais envoyé : aucune case"
                              + " n'est masquée pour en protéger une autre. — Aligned with values: null where the"
                              + " value is exact; SMALL for a 0 of a month where encounters, fewer than k per"
                              + " commune, count nowhere. COMPLEMENTARY is never sent: no cell is hidden to protect"
                              + " another.")
                      List<HiddenBecause> hiddenBecause) {
    }

    public record Table(List<Column> columns, List<Row> rows,
                        @Schema(description = "Contacts de chaque colonne sur la période : total des cases publiées."
                                + " — Contacts of each column over the period: total of the published blocks.")
                        List<Integer> columnTotals,
                        @Schema(description = "Contacts sur la période : total des cases publiées. — Contacts over"
                                + " the period: total of the published blocks.")
                        int total) {
    }
}
