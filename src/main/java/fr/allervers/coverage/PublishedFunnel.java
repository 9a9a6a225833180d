package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterService.MonthlyCount;

/**
 * The people met as published in the funnel, built so that no set of answers can be combined to single out fewer
 * than k encounters.
 * <p>
 * Hiding each table's small cells on its own was not enough (issue #13): the column totals of two spans one month
 * apart gave a month's hidden count back, two hidden cells of a row gave their sum back from the row total, a row
 * total hidden in one table was shown in the other, and two territories sharing communes gave the others' counts
 * back. So every figure is a sum of <em>blocks</em>, each counted and hidden on its own, and each lying within one
 * month of one commune:
 * <ol>
 * <li>a public × outcome of the commune's month, shown when it holds at least k encounters;</li>
 * <li>per outcome, what its publics left hidden, shown (in that outcome, publics not broken down) when it reaches
 * k encounters together;</li>
 * <li>what is still hidden, shown (neither outcome nor public broken down) when it reaches k encounters
 * together.</li>
 * </ol>
 * The rest counts nowhere. Whether a block is shown depends on its commune and month alone, never on the period,
 * the territory or the table asked for; a cell, a row, a column and a total are the total of the blocks shown in
 * them. The difference between two periods, two territories of which one holds the other, or a total and its parts
 * is then itself a sum of shown blocks: 0, or at least k encounters (and so at least k people). A hidden block adds
 * nothing anywhere; so that a 0 does not claim that nobody was met, a month tells whether any of its communes left
 * encounters out ({@link Month#leavesOut()}), and its 0s are then labelled « fewer than k encounters per commune »
 * (issue #16) — one bit per month and commune, which gives no count: 1 to k − 1 encounters left out all read alike.
 * <p>
 * Outcomes are broken down before publics: the funnel (informed, oriented, came back, signed up) is what funders
 * follow, so the second step lifts the outcomes' residues.
 */
final class PublishedFunnel {

    /** Column code of the blocks shown without their outcome, or without their public. */
    static final String UNSPLIT = "UNSPLIT";

    private static final int CATEGORIES = EncounterCategory.values().length;
    private static final int OUTCOMES = EncounterOutcome.values().length;

    /**
     * What one month shows, in people, and whether it leaves encounters out.
     * <p>
     * {@link #leavesOut()} says that some commune's month of the request holds encounters counted nowhere (its last
     * block stayed below k), never which public or outcome they had: telling that per cell would let a reader
     * pin a count down — a commune's month leaving out fewer than k encounters and flagging k − 1 of its columns
     * would hold exactly one in each. So every 0 of such a month is marked, none of the others.
     */
    static final class Month {

        private final int[] byOutcome = new int[OUTCOMES + 1];
        private final int[] byCategory = new int[CATEGORIES + 1];
        private boolean leavesOut;

        /** One value per {@link EncounterOutcome}, then the blocks shown with no outcome. */
        int[] byOutcome() {
            return byOutcome;
        }

        /** One value per {@link EncounterCategory}, then the blocks shown with no public. */
        int[] byCategory() {
            return byCategory;
        }

        /** True when some encounters of this month, fewer than k in each commune, are counted nowhere. */
        boolean leavesOut() {
            return leavesOut;
        }

        int total() {
            int total = 0;
            for (int people : byOutcome) {
                total += people;
            }
            return total;
        }
    }

    private PublishedFunnel() {
    }

    /**
     * @param counts the monthly counts of the communes asked for (one line per month × commune × public × outcome)
     * @return each month with something shown; a month showing nothing is left out
     */
    static Map<YearMonth, Month> publish(List<MonthlyCount> counts, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        Map<CommuneMonth, int[][][]> communeMonths = new HashMap<>();
        for (MonthlyCount count : counts) {
            // [public][outcome] = {encounters, people}
            int[] cell = communeMonths.computeIfAbsent(new CommuneMonth(count.month(), count.insee()),
                    key -> new int[CATEGORIES][OUTCOMES][2])[count.category().ordinal()][count.outcome().ordinal()];
            cell[0] += count.encounters();
            cell[1] += count.people();
        }
        Map<YearMonth, Month> months = new HashMap<>();
        communeMonths.forEach((key, cells) -> publishCommuneMonth(cells, k,
                months.computeIfAbsent(key.month(), month -> new Month())));
        return months;
    }

    /** Adds to {@code month} the blocks of one commune's month that may be shown. */
    private static void publishCommuneMonth(int[][][] cells, int k, Month month) {
        int unsplitEncounters = 0;
        int unsplitPeople = 0;
        for (int outcome = 0; outcome < OUTCOMES; outcome++) {
            int heldEncounters = 0;
            int heldPeople = 0;
            for (int category = 0; category < CATEGORIES; category++) {
                int[] cell = cells[category][outcome];
                if (cell[0] >= k) {
                    month.byOutcome()[outcome] += cell[1];
                    month.byCategory()[category] += cell[1];
                } else {
                    heldEncounters += cell[0];
                    heldPeople += cell[1];
                }
            }
            if (heldEncounters >= k) {
                month.byOutcome()[outcome] += heldPeople;
                month.byCategory()[CATEGORIES] += heldPeople;
            } else {
                unsplitEncounters += heldEncounters;
                unsplitPeople += heldPeople;
            }
        }
        if (unsplitEncounters >= k) {
            month.byOutcome()[OUTCOMES] += unsplitPeople;
            month.byCategory()[CATEGORIES] += unsplitPeople;
        } else if (unsplitEncounters > 0) {
            month.leavesOut = true;
        }
    }

    private record CommuneMonth(YearMonth month, String insee) {
    }
}
