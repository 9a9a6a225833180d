package fr.allervers.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
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
