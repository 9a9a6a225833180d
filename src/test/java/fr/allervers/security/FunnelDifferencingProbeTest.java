package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.support.Api;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import tools.jackson.databind.JsonNode;

/**
 * Replays, as a funder on the demo history, the ways of subtracting answers of the funnel
 * ({@code /api/coverage/funnel}) from one another to get a count of fewer than k people back (issue #13):
 * <ol>
 * <li>the column totals and grand total of two spans one month apart, growing or shrinking;</li>
 * <li>within one answer, for the territory or one of its communes alone, a total minus the cells shown in its row or
 * column (the two tables share their row totals, so a row total hidden in one table may be read in the other);</li>
 * <li>two territories of which one holds the other, the demo territory less one of its communes, or made of single
 * communes (a funder cannot make territories, but a consortium may well have overlapping ones).</li>
 * </ol>
 * Every figure a funder reads is then checked: no difference is from 1 to k − 1. Each probe is also run, in memory
 * on the same monthly counts, against the rule the funnel had before (any span, each table of each answer hidden on
 * its own: counts below k, then a complementary count in any line left with one hidden count), to show that this
 * fixture would have leaked; and most people met must still be published, so that hiding everything cannot pass.
 */
@DatabaseTest
@AsRole(Role.FUNDER)
class FunnelDifferencingProbeTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final int K = 5;
    private static final String PROBE = "Sonde différences — ";

    /** A line of {@code encounter_month}: people met in a month of a commune, of a public, with an outcome. */
    record Count(YearMonth month, String insee, String category, String outcome, int people) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    TransactionTemplate transactions;

    private final YearMonth thisMonth = YearMonth.now(ZONE);
    private final YearMonth first = thisMonth.minusMonths(11);
    private List<Count> counts;
    private long demoTerritory;
    private Set<String> demoCommunes;
    /** Territories of the probe: one per demo commune alone, one per demo commune left out. */
    private final Map<String, Long> alone = new LinkedHashMap<>();
    private final Map<String, Long> without = new LinkedHashMap<>();

    @BeforeEach
    void readTheCountsAndMakeOverlappingTerritories() throws Exception {
        Consortium consortium = currentConsortium.get();
        counts = jdbc.query("SELECT month_start, commune_insee, category, outcome, people FROM encounter_month"
                + " WHERE consortium_id = ?", (rs, i) -> new Count(YearMonth.from(rs.getDate(1).toLocalDate()),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)), consortium.getId());
        assertThat(counts.stream().mapToInt(Count::people).sum()).as("people in the demo history").isGreaterThan(1000);
        demoTerritory = Api.demoTerritoryId(mvc);
        // What a consortium's admin may do: territories that share communes. Made once for the class's consortium.
        transactions.executeWithoutResult(status -> {
            Territory demo = territories.findByIdAndConsortium(demoTerritory, consortium).orElseThrow();
            demoCommunes = new TreeSet<>(demo.getCommunes().stream().map(Commune::getInsee).toList());
            for (Commune commune : demo.getCommunes()) {
                alone.put(commune.getInsee(), probeTerritory(consortium, commune.getInsee() + " seule",
                        List.of(commune)));
                without.put(commune.getInsee(), probeTerritory(consortium, "sans " + commune.getInsee(),
                        demo.getCommunes().stream().filter(c -> c != commune).toList()));
            }
        });
        assertThat(demoCommunes).hasSize(5);
    }

    /** A span of whole months the funnel is asked for, both included. */
    record Span(YearMonth from, YearMonth to) {
        @Override
        public String toString() {
            return "from " + from + " to " + to;
        }
    }

    /** Figures compared, and differences from 1 to k − 1 the old rule gave back. */
    record Tally(int compared, int leaksBefore) {
    }

    @Test
    void spansOneMonthApartDifferByZeroOrAtLeastK() throws Exception {
        List<Span> growing = new ArrayList<>();
        for (YearMonth to = first; !to.isAfter(thisMonth); to = to.plusMonths(1)) {
            growing.add(new Span(first, to));
        }
        List<Span> shrinking = new ArrayList<>();
        for (YearMonth from = thisMonth; !from.isBefore(first); from = from.minusMonths(1)) {
            shrinking.add(new Span(from, thisMonth));
        }
        Tally fromGrowing = compareNeighbours(growing);
        Tally fromShrinking = compareNeighbours(shrinking);
        assertThat(fromGrowing.compared() + fromShrinking.compared()).as("figures compared").isGreaterThan(200);
        assertThat(fromGrowing.leaksBefore() + fromShrinking.leaksBefore())
                .as("column totals of spans one month apart that gave fewer than k back, old rule").isPositive();
    }

    /**
     * Asks each span after the other and checks the differences with the one before; returns how many figures were
     * compared and how many differences the old rule would have leaked.
     */
    private Tally compareNeighbours(List<Span> spans) throws Exception {
        int compared = 0;
        int leaksBefore = 0;
        Map<String, Integer> previous = null;
        Map<String, Integer> previousOld = null;
        Span previousSpan = null;
        for (Span span : spans) {
            Map<String, Integer> now = published(demoTerritory, span.from(), span.to());
            Map<String, Integer> old = oldAnswer(demoCommunes, span.from(), span.to());
            if (previous != null) {
                compared += assertSafeDifferences(previous, now, previousSpan + ", then " + span);
                leaksBefore += leaks(previousOld, old);
            }
            previous = now;
            previousOld = old;
            previousSpan = span;
        }
        return new Tally(compared, leaksBefore);
    }

    @Test
    void noTotalLessTheCellsShownGivesAnythingBack() throws Exception {
        assertTotalsAreSumsOfShownCells(demoTerritory, "the demo territory");
        for (Map.Entry<String, Long> commune : alone.entrySet()) {
            assertTotalsAreSumsOfShownCells(commune.getValue(), commune.getKey() + " alone");
        }

        // The old rule, on the answers for the territory and for each of its communes alone: a row, a column or the
        // grand total, shown (in this table or, for a row, in the other) less the cells shown in it gave the sum of
        // its hidden cells.
        int leaksBefore = oldHiddenSumLeaks(demoCommunes);
        for (String insee : demoCommunes) {
            leaksBefore += oldHiddenSumLeaks(Set.of(insee));
        }
        assertThat(leaksBefore).as("totals less their shown cells that gave fewer than k back, old rule")
                .isPositive();
    }

    /** Every figure is shown, every total is exactly the sum of its parts: nothing is left to work out. */
    private void assertTotalsAreSumsOfShownCells(long territory, String what) throws Exception {
        JsonNode answer = Api.getJson(mvc, url(territory, first, thisMonth));
        for (String table : List.of("byOutcome", "byCategory")) {
            JsonNode t = answer.get(table);
            int[] columns = new int[t.get("columns").size()];
            int total = 0;
            for (JsonNode row : t.get("rows")) {
                int sum = 0;
                for (int c = 0; c < columns.length; c++) {
                    JsonNode value = row.get("values").get(c);
                    assertThat(value.isInt()).as(what + ", " + table + " " + row.get("month") + " column " + c).isTrue();
                    assertThat(value.asInt() == 0 || value.asInt() >= K).as(what + ", " + table + " " + row).isTrue();
                    sum += value.asInt();
                    columns[c] += value.asInt();
                }
                assertThat(row.get("total").asInt()).as(what + ", " + table + " total less its cells, " + row.get("month"))
                        .isEqualTo(sum);
                total += sum;
            }
            for (int c = 0; c < columns.length; c++) {
                assertThat(t.get("columnTotals").get(c).asInt()).as(what + ", " + table + " column " + c).isEqualTo(columns[c]);
            }
            assertThat(t.get("total").asInt()).as(what + ", " + table + " grand total").isEqualTo(total);
        }
        // The two tables count the same blocks: a month's total is the same in both.
        for (int r = 0; r < 12; r++) {
            assertThat(answer.get("byCategory").get("rows").get(r).get("total").asInt()).as(what + ", row " + r)
                    .isEqualTo(answer.get("byOutcome").get("rows").get(r).get("total").asInt());
        }
    }

    private int oldHiddenSumLeaks(Set<String> communes) {
        int leaks = 0;
        Map<String, Integer> old = oldAnswer(communes, first, thisMonth);
        List<YearMonth> months = months(first, thisMonth);
        for (String table : List.of("byOutcome", "byCategory")) {
            String other = table.equals("byOutcome") ? "byCategory" : "byOutcome";
            List<String> columns = columnCodes(table);
            for (YearMonth month : months) {
                Integer total = old.get(table + " " + month + " total");
                if (total == null) {
                    total = old.get(other + " " + month + " total");
                }
                leaks += hiddenSumLeaks(old, total, columns.stream().map(c -> table + " " + month + " " + c).toList());
            }
            for (String column : columns) {
                leaks += hiddenSumLeaks(old, old.get(table + " total " + column),
                        months.stream().map(m -> table + " " + m + " " + column).toList());
            }
            leaks += hiddenSumLeaks(old, old.get(table + " total"),
                    columns.stream().map(c -> table + " total " + c).toList());
        }
        return leaks;
    }

    @Test
    void territoriesSharingCommunesDifferByZeroOrAtLeastK() throws Exception {
        Map<String, Integer> whole = published(demoTerritory, first, thisMonth);
        Map<String, Integer> wholeOld = oldAnswer(demoCommunes, first, thisMonth);
        int leaksBefore = 0;
        Map<String, Integer> sumOfAlone = new HashMap<>();
        for (String insee : demoCommunes) {
            Map<String, Integer> less = published(without.get(insee), first, thisMonth);
            assertSafeDifferences(less, whole, "the demo territory less " + insee);
            Set<String> others = new TreeSet<>(demoCommunes);
            others.remove(insee);
            leaksBefore += leaks(oldAnswer(others, first, thisMonth), wholeOld);

            Map<String, Integer> single = published(alone.get(insee), first, thisMonth);
            assertSafeDifferences(single, whole, insee + " alone");
            single.forEach((figure, value) -> sumOfAlone.merge(figure, value, Integer::sum));
            leaksBefore += leaks(oldAnswer(Set.of(insee), first, thisMonth), wholeOld);
        }
        // Blocks never straddle communes: the communes alone add up to the whole, figure by figure.
        assertThat(sumOfAlone).isEqualTo(whole);
        // Safe is not empty: most people met are in a published block.
        int met = counts.stream().filter(c -> demoCommunes.contains(c.insee()) && !c.month().isBefore(first)
                && !c.month().isAfter(thisMonth)).mapToInt(Count::people).sum();
        assertThat(whole.get("byOutcome total")).as("people published of " + met).isGreaterThan(met * 9 / 10);
        assertThat(leaksBefore).as("figures of two nested territories that differed by fewer than k, old rule")
                .isPositive();
    }

    // ---- the funnel as published now --------------------------------------------------------------------------

    private String url(long territory, YearMonth from, YearMonth to) {
        return "/api/coverage/funnel?territoryId=" + territory + "&from=" + from + "&to=" + to;
    }

    /** Every figure of an answer, named « table month column », « table month total », « table total column »… */
    private Map<String, Integer> published(long territory, YearMonth from, YearMonth to) throws Exception {
        JsonNode answer = Api.getJson(mvc, url(territory, from, to));
        Map<String, Integer> figures = new HashMap<>();
        for (String table : List.of("byOutcome", "byCategory")) {
            JsonNode t = answer.get(table);
            List<String> columns = t.get("columns").valueStream().map(c -> c.get("code").asString()).toList();
            for (JsonNode row : t.get("rows")) {
                String month = row.get("month").asString();
                for (int c = 0; c < columns.size(); c++) {
                    put(figures, table + " " + month + " " + columns.get(c), row.get("values").get(c));
                }
                put(figures, table + " " + month + " total", row.get("total"));
            }
            for (int c = 0; c < columns.size(); c++) {
                put(figures, table + " total " + columns.get(c), t.get("columnTotals").get(c));
            }
            put(figures, table + " total", t.get("total"));
        }
        return figures;
    }

    private static void put(Map<String, Integer> figures, String name, JsonNode value) {
        assertThat(value.isInt()).as(name + " is shown").isTrue();
        figures.put(name, value.asInt());
    }

    /**
     * Checks each figure of the larger answer against the same figure of the smaller (0 for a month the smaller
     * does not hold). @return how many figures were compared
     */
    private static int assertSafeDifferences(Map<String, Integer> smaller, Map<String, Integer> larger, String what) {
        assertThat(larger.keySet()).as(what).containsAll(smaller.keySet());
        int compared = 0;
        for (Map.Entry<String, Integer> figure : larger.entrySet()) {
            Integer before = smaller.get(figure.getKey());
            int difference = figure.getValue() - (before == null ? 0 : before);
            assertThat(difference == 0 || difference >= K).as(what + ", " + figure.getKey() + ": " + before + " then "
                    + figure.getValue()).isTrue();
            compared++;
        }
        return compared;
    }

    private long probeTerritory(Consortium consortium, String name, List<Commune> communes) {
        return territories.findByConsortiumAndName(consortium, PROBE + name).orElseGet(() -> {
            Territory territory = new Territory(PROBE + name, consortium, false);
            communes.forEach(territory::addCommune);
            return territories.save(territory);
        }).getId();
    }

    // ---- the rule the funnel had before, in memory on the same counts -----------------------------------------

    /** Figures both answers show (null: hidden) that differ by 1 to k − 1. */
    private static int leaks(Map<String, Integer> smaller, Map<String, Integer> larger) {
        int leaks = 0;
        for (Map.Entry<String, Integer> figure : larger.entrySet()) {
            Integer before = smaller.get(figure.getKey());
            if (figure.getValue() != null && before != null) {
                int difference = figure.getValue() - before;
                leaks += difference > 0 && difference < K ? 1 : 0;
            }
        }
        return leaks;
    }

    /** 1 when {@code total} is shown and, less the cells shown among {@code cells}, gives 1 to k − 1 back. */
    private static int hiddenSumLeaks(Map<String, Integer> figures, Integer total, List<String> cells) {
        if (total == null || cells.stream().noneMatch(c -> figures.get(c) == null)) {
            return 0;
        }
        int hidden = total - cells.stream().map(figures::get).filter(v -> v != null).mapToInt(v -> v).sum();
        return hidden > 0 && hidden < K ? 1 : 0;
    }

    private static List<String> columnCodes(String table) {
        return (table.equals("byOutcome") ? java.util.Arrays.stream(EncounterOutcome.values()).map(Enum::name)
                : java.util.Arrays.stream(EncounterCategory.values()).map(Enum::name)).toList();
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The old answer: month × outcome and month × public of people, each table suppressed on its own. */
    private Map<String, Integer> oldAnswer(Set<String> communes, YearMonth from, YearMonth to) {
        List<YearMonth> months = months(from, to);
        Map<String, Integer> figures = new HashMap<>();
        for (String table : List.of("byOutcome", "byCategory")) {
            List<String> columns = columnCodes(table);
            int[][] people = new int[months.size()][columns.size()];
            for (Count count : counts) {
                int r = months.indexOf(count.month());
                if (r >= 0 && communes.contains(count.insee())) {
                    people[r][columns.indexOf(table.equals("byOutcome") ? count.outcome() : count.category())]
                            += count.people();
                }
            }
            Integer[][] shown = OldSuppression.apply(people, K);
            for (int r = 0; r <= months.size(); r++) {
                String row = r < months.size() ? months.get(r).toString() : "total";
                for (int c = 0; c <= columns.size(); c++) {
                    String name = table + " " + row + (c < columns.size() ? " " + columns.get(c) : " total");
                    figures.put(name.equals(table + " total total") ? table + " total" : name, shown[r][c]);
                }
            }
        }
        return figures;
    }

    /**
     * The secret statistique the funnel applied before to each table on its own: counts from 1 to k − 1 hidden, then
     * in every row or column (totals included) left with exactly one hidden count, the smallest other non-zero one
     * too, until none is. @return the table with its row totals as last column and column totals as last row
     */
    private static final class OldSuppression {

        static Integer[][] apply(int[][] counts, int k) {
            int rows = counts.length;
            int columns = counts[0].length;
            int[][] grid = new int[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
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
            Integer[][] shown = new Integer[rows + 1][columns + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    shown[r][c] = hidden[r][c] ? null : grid[r][c];
                }
            }
            return shown;
        }

        private static List<int[]> line(int index, int length, boolean isRow) {
            List<int[]> positions = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                positions.add(isRow ? new int[] {index, i} : new int[] {i, index});
            }
            return positions;
        }

        private static boolean protect(int[][] grid, boolean[][] hidden, List<int[]> line) {
            if (line.stream().filter(p -> hidden[p[0]][p[1]]).count() != 1) {
                return false;
            }
            int[] smallest = line.stream().filter(p -> !hidden[p[0]][p[1]] && grid[p[0]][p[1]] > 0)
                    .min((a, b) -> Integer.compare(grid[a[0]][a[1]], grid[b[0]][b[1]])).orElseThrow();
            hidden[smallest[0]][smallest[1]] = true;
            return true;
        }
    }
}
