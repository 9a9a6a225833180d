package fr.allervers.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterService.MonthlyCount;

class PublishedFunnelTest {

    private static final int K = 5;
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    @Test
    void showsEachBlockOfKEncountersThenWhatEachOutcomeLeftThenWhatTheCommuneLeft() {
        List<MonthlyCount> counts = List.of(
                count(MARCH, "69259", EncounterCategory.YOUNG_16_25, EncounterOutcome.INFORMED, 12, 12),
                count(MARCH, "69259", EncounterCategory.HOMELESS, EncounterOutcome.INFORMED, 3, 3),
                count(MARCH, "69259", EncounterCategory.OTHER, EncounterOutcome.INFORMED, 2, 4),
                // 4 + 2 oriented: the outcome's residue of 6 encounters is shown without its publics.
                count(MARCH, "69259", EncounterCategory.YOUNG_16_25, EncounterOutcome.ORIENTED, 4, 4),
                count(MARCH, "69259", EncounterCategory.HOMELESS, EncounterOutcome.ORIENTED, 2, 2),
                // 1 came back and 1 signed up: hidden at every step, counted nowhere.
                count(MARCH, "69259", EncounterCategory.YOUNG_16_25, EncounterOutcome.CAME_BACK, 1, 1),
                count(MARCH, "69259", EncounterCategory.YOUNG_16_25, EncounterOutcome.SIGNED_UP, 1, 1),
                // One family of six is one encounter: not shown, whatever its people.
                count(APRIL, "69259", EncounterCategory.NEWLY_ARRIVED, EncounterOutcome.INFORMED, 1, 6));

        Map<YearMonth, PublishedFunnel.Month> shown = PublishedFunnel.publish(counts, K);

        // INFORMED: 12 shown, then 3 + 2 encounters (7 people) held back: 5 encounters, shown as informed.
        PublishedFunnel.Month march = shown.get(MARCH);
        assertThat(march.byOutcome()).containsExactly(19, 6, 0, 0, 0);
        assertThat(march.byCategory()).containsExactly(12, 0, 0, 0, 0, 13);
        assertThat(march.total()).isEqualTo(25);
        assertThat(shown.get(APRIL).total()).isZero();
    }

    @Test
    void whatIsLeftOfEveryOutcomeIsShownTogetherOnceItReachesK() {
        Map<YearMonth, PublishedFunnel.Month> shown = PublishedFunnel.publish(List.of(
                count(MARCH, "69259", EncounterCategory.YOUNG_16_25, EncounterOutcome.CAME_BACK, 3, 3),
                count(MARCH, "69259", EncounterCategory.HOMELESS, EncounterOutcome.SIGNED_UP, 2, 2),
                // Another commune's leftovers never join these: 2 encounters there stay hidden.
                count(MARCH, "69199", EncounterCategory.HOMELESS, EncounterOutcome.SIGNED_UP, 2, 2)), K);
        assertThat(shown.get(MARCH).byOutcome()).containsExactly(0, 0, 0, 0, 5);
        assertThat(shown.get(MARCH).byCategory()).containsExactly(0, 0, 0, 0, 0, 5);
    }

    /**
     * On random histories: for nested periods and nested sets of communes, every published figure minus the same
     * figure of the smaller request is 0 or at least k; each table's row total is the same, and never more than the
     * people met.
     */
    @Test
    void onRandomHistoriesNoDifferenceOfNestedRequestsIsBetweenOneAndKMinusOne() {
        Random random = new Random(13);
        List<String> communes = List.of("69029", "69199", "69259", "69275", "69290");
        for (int run = 0; run < 300; run++) {
            List<MonthlyCount> counts = new ArrayList<>();
            List<YearMonth> months = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                months.add(MARCH.plusMonths(m));
            }
            for (YearMonth month : months) {
                for (String insee : communes) {
                    for (EncounterCategory category : EncounterCategory.values()) {
                        for (EncounterOutcome outcome : EncounterOutcome.values()) {
                            int encounters = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 4 : 9);
                            if (encounters > 0) {
                                counts.add(count(month, insee, category, outcome, encounters,
                                        encounters + random.nextInt(3)));
                            }
                        }
                    }
                }
            }
            Set<String> small = Set.copyOf(communes.subList(0, 1 + random.nextInt(communes.size())));
            int first = random.nextInt(months.size());
            int last = first + random.nextInt(months.size() - first);
            int[] whole = figures(counts, Set.copyOf(communes), months.get(0), months.get(months.size() - 1));
            int[] part = figures(counts, small, months.get(first), months.get(last));
            for (int i = 0; i < whole.length; i++) {
                int difference = whole[i] - part[i];
                assertThat(difference == 0 || difference >= K).as("run " + run + ", figure " + i + ": " + difference)
                        .isTrue();
            }
            for (PublishedFunnel.Month month : PublishedFunnel.publish(counts, K).values()) {
                int byCategory = 0;
                for (int people : month.byCategory()) {
                    byCategory += people;
                }
                assertThat(byCategory).isEqualTo(month.total());
            }
            int people = counts.stream().mapToInt(MonthlyCount::people).sum();
            assertThat(whole[whole.length - 1]).isLessThanOrEqualTo(people);
        }
    }

    /**
     * Issue #16, on a history whose raw counts are known (one person per encounter, so that people and encounters
     * agree): every 0 of a month where some commune left encounters out reads SMALL, no other value does, and the
     * label « fewer than k encounters per commune » is true of each — also where the cell's encounters of the
     * whole territory reach k, which « < 5 » alone would have denied.
     */
    @Test
    void labelsEveryZeroOfAMonthThatLeftEncountersOutAndNothingElse() {
        List<String> communes = List.of("69029", "69199", "69259");
        List<MonthlyCount> counts = new ArrayList<>();
        for (String insee : communes) {
            // March: 12 young informed everywhere (shown), and 3 who signed up in each commune: 9 in the territory,
            // none published, since each commune holds only 3.
            counts.add(count(MARCH, insee, EncounterCategory.YOUNG_16_25, EncounterOutcome.INFORMED, 12, 12));
            counts.add(count(MARCH, insee, EncounterCategory.LEAVING_PRISON, EncounterOutcome.SIGNED_UP, 3, 3));
            // April: blocks of k or more only; nothing left out, so its 0s are exact.
            counts.add(count(APRIL, insee, EncounterCategory.HOMELESS, EncounterOutcome.ORIENTED, 6, 6));
        }
        Map<YearMonth, PublishedFunnel.Month> shown = PublishedFunnel.publish(counts, K);

        PublishedFunnel.Month march = shown.get(MARCH);
        assertThat(march.byOutcome()).containsExactly(36, 0, 0, 0, 0);
        List<HiddenBecause> marchOutcomes = EncounterFunnel.hiddenBecause(march.byOutcome(), march);
        assertThat(marchOutcomes).containsExactly(null, HiddenBecause.SMALL, HiddenBecause.SMALL, HiddenBecause.SMALL,
                HiddenBecause.SMALL);
        assertThat(EncounterFunnel.hiddenBecause(march.byCategory(), march)).containsExactly(null,
                HiddenBecause.SMALL, HiddenBecause.SMALL, HiddenBecause.SMALL, HiddenBecause.SMALL, HiddenBecause.SMALL);
        PublishedFunnel.Month april = shown.get(APRIL);
        assertThat(EncounterFunnel.hiddenBecause(april.byOutcome(), april)).containsOnlyNulls();
        assertThat(EncounterFunnel.hiddenBecause(april.byCategory(), april)).containsOnlyNulls();

        // The true reason, from the raw counts: in each month, what each commune left out (met less published).
        for (YearMonth month : List.of(MARCH, APRIL)) {
            boolean anyLeftOut = false;
            for (String insee : communes) {
                List<MonthlyCount> commune = counts.stream()
                        .filter(c -> c.month().equals(month) && c.insee().equals(insee)).toList();
                int met = commune.stream().mapToInt(MonthlyCount::encounters).sum();
                PublishedFunnel.Month alone = PublishedFunnel.publish(commune, K).get(month);
                int leftOut = met - alone.total();
                assertThat(leftOut).as("left out by " + insee + " in " + month).isBetween(0, K - 1);
                anyLeftOut |= leftOut > 0;
            }
            assertThat(shown.get(month).leavesOut()).as(month.toString()).isEqualTo(anyLeftOut);
        }
        int signedUpInTheTerritory = counts.stream().filter(c -> c.outcome() == EncounterOutcome.SIGNED_UP)
                .mapToInt(MonthlyCount::encounters).sum();
        assertThat(signedUpInTheTerritory).as("« < 5 » alone would be false here").isGreaterThanOrEqualTo(K);
        assertThat(HiddenBecause.SMALL.label(K)).isEqualTo("< 5 rencontres par commune");
    }

    /**
     * Brute force on the table and its margins: every history of a commune's month with fewer than k encounters
     * (each public × outcome, 0 to 4 encounters in all: 10,626 histories) shows the same — every value 0 and
     * labelled SMALL —, so no count of it can be told from another. The design issue #16 first suggested, a label
     * on each cell whose own encounters are all hidden, is brute-forced the same way and pins counts down: 4
     * outcomes labelled with fewer than 5 encounters left is exactly one each.
     */
    @Test
    void noCountOfAMonthThatPublishedNothingCanBeToldByBruteForce() {
        List<int[]> histories = new ArrayList<>();
        histories(new int[CELLS], 0, K - 1, histories);
        assertThat(histories).hasSize(10_626);
        Map<String, List<int[]>> byView = new HashMap<>();
        Map<String, List<int[]>> byCellLabels = new HashMap<>();
        for (int[] history : histories) {
            byView.computeIfAbsent(view(history), v -> new ArrayList<>()).add(history);
            byCellLabels.computeIfAbsent(view(history) + cellLabels(history), v -> new ArrayList<>()).add(history);
        }
        // Nobody met, or someone: the only two things a reader can tell.
        assertThat(byView).hasSize(2);
        for (List<int[]> alike : byView.values()) {
            if (alike.size() == 1) {
                assertThat(alike.get(0)).containsOnly(0);
                continue;
            }
            for (int cell = 0; cell < CELLS; cell++) {
                int c = cell;
                assertThat(alike.stream().mapToInt(h -> h[c]).distinct().count()).as("cell " + cell).isEqualTo(K);
            }
            assertThat(alike.stream().mapToInt(h -> Arrays.stream(h).sum()).distinct().count())
                    .isEqualTo(K - 1);
        }
        // The rejected design: one leaving prison in each outcome is the only history labelled that way.
        int[] pinned = new int[CELLS];
        for (EncounterOutcome outcome : EncounterOutcome.values()) {
            pinned[cell(EncounterCategory.LEAVING_PRISON, outcome)] = 1;
        }
        assertThat(byCellLabels.get(view(pinned) + cellLabels(pinned))).hasSize(1);
    }

    /**
     * Below the brute force's reach (a month that publishes something has too many histories), the same on a
     * neighbourhood: any two, three or four encounters left out beside a published block read alike.
     */
    @Test
    void whatAPublishedMonthLeftOutCannotBeToldEither() {
        int[] truth = new int[CELLS];
        truth[cell(EncounterCategory.YOUNG_16_25, EncounterOutcome.INFORMED)] = 7;
        truth[cell(EncounterCategory.LEAVING_PRISON, EncounterOutcome.SIGNED_UP)] = 2;
        String seen = view(truth);
        List<int[]> others = new ArrayList<>();
        histories(new int[CELLS], 0, K - 1, others);
        Set<Integer> signedUp = new HashSet<>();
        Set<Integer> leftOut = new HashSet<>();
        for (int[] small : others) {
            int[] history = small.clone();
            int young = cell(EncounterCategory.YOUNG_16_25, EncounterOutcome.INFORMED);
            if (history[young] > 0) {
                continue;
            }
            history[young] = 7;
            if (view(history).equals(seen)) {
                signedUp.add(history[cell(EncounterCategory.LEAVING_PRISON, EncounterOutcome.SIGNED_UP)]);
                leftOut.add(Arrays.stream(small).sum());
            }
        }
        assertThat(signedUp).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(leftOut).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    private static final int CELLS = EncounterCategory.values().length * EncounterOutcome.values().length;

    private static int cell(EncounterCategory category, EncounterOutcome outcome) {
        return category.ordinal() * EncounterOutcome.values().length + outcome.ordinal();
    }

    /** Every history with at most {@code left} more encounters in cells from {@code from} on. */
    private static void histories(int[] history, int from, int left, List<int[]> out) {
        out.add(history.clone());
        for (int cell = from; cell < CELLS && left > 0; cell++) {
            history[cell]++;
            histories(history, cell, left - 1, out);
            history[cell]--;
        }
    }

    private static List<MonthlyCount> counts(int[] history) {
        List<MonthlyCount> counts = new ArrayList<>();
        for (EncounterCategory category : EncounterCategory.values()) {
            for (EncounterOutcome outcome : EncounterOutcome.values()) {
                int n = history[cell(category, outcome)];
                if (n > 0) {
                    counts.add(count(MARCH, "69259", category, outcome, n, n));
                }
            }
        }
        return counts;
    }

    /** What a reader sees of the month: both tables' values, labels and row totals (column totals are the same). */
    private static String view(int[] history) {
        PublishedFunnel.Month month = PublishedFunnel.publish(counts(history), K)
                .getOrDefault(MARCH, new PublishedFunnel.Month());
        return Arrays.toString(month.byOutcome()) + EncounterFunnel.hiddenBecause(month.byOutcome(), month)
                + Arrays.toString(month.byCategory()) + EncounterFunnel.hiddenBecause(month.byCategory(), month)
                + month.total();
    }

    /** The rejected labels: a 0 whose own column holds encounters. */
    private static String cellLabels(int[] history) {
        PublishedFunnel.Month month = PublishedFunnel.publish(counts(history), K)
                .getOrDefault(MARCH, new PublishedFunnel.Month());
        StringBuilder labels = new StringBuilder();
        for (EncounterOutcome outcome : EncounterOutcome.values()) {
            int met = 0;
            for (EncounterCategory category : EncounterCategory.values()) {
                met += history[cell(category, outcome)];
            }
            labels.append(month.byOutcome()[outcome.ordinal()] == 0 && met > 0 ? 'S' : '.');
        }
        for (EncounterCategory category : EncounterCategory.values()) {
            int met = 0;
            for (EncounterOutcome outcome : EncounterOutcome.values()) {
                met += history[cell(category, outcome)];
            }
            labels.append(month.byCategory()[category.ordinal()] == 0 && met > 0 ? 'S' : '.');
        }
        return labels.toString();
    }

    /** Every column total of both tables over the period, then the grand total. */
    private static int[] figures(List<MonthlyCount> counts, Set<String> communes, YearMonth from, YearMonth to) {
        List<MonthlyCount> asked = counts.stream().filter(c -> communes.contains(c.insee())
                && !c.month().isBefore(from) && !c.month().isAfter(to)).toList();
        int[] figures = new int[EncounterOutcome.values().length + 1 + EncounterCategory.values().length + 1 + 1];
        for (PublishedFunnel.Month month : PublishedFunnel.publish(asked, K).values()) {
            int i = 0;
            for (int people : month.byOutcome()) {
                figures[i++] += people;
            }
            for (int people : month.byCategory()) {
                figures[i++] += people;
            }
            figures[i] += month.total();
        }
        return figures;
    }

    private static MonthlyCount count(YearMonth month, String insee, EncounterCategory category,
            EncounterOutcome outcome, int encounters, int people) {
        return new MonthlyCount(month, insee, category, category.label(), outcome, outcome.label(), encounters,
                people);
    }
}
