package fr.allervers.coverage;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.coverage.FunnelReport.Column;
import fr.allervers.coverage.FunnelReport.Row;
import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterService;
import fr.allervers.encounter.EncounterService.MonthlyCount;
import fr.allervers.heatmap.HeatmapProperties;
import fr.allervers.territory.Commune;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * Builds the funnel of a territory from the monthly encounter counts, which outlive the purge of the encounters
 * themselves, as {@link PublishedFunnel} publishes them: this table leaves the team (funders read it, coordinators
 * export it for them), so everyone gets the published one; the consortium's staff read the exact counts at
 * {@code /api/encounters/monthly}.
 */
@Service
@Transactional(readOnly = true)
class EncounterFunnel {

    /** Three years: the length of an O2R funding period, and more than the retention of the encounters. */
    static final int MAX_MONTHS = 36;

    private final EncounterService encounters;
    private final TenantTerritories territories;
    private final CurrentConsortium currentConsortium;
    private final HeatmapProperties heatmap;

    EncounterFunnel(EncounterService encounters, TenantTerritories territories, CurrentConsortium currentConsortium,
            HeatmapProperties heatmap) {
        this.encounters = encounters;
        this.territories = territories;
        this.currentConsortium = currentConsortium;
        this.heatmap = heatmap;
    }

    FunnelReport report(long territoryId, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("période vide : « from » (" + from + ") est après « to » (" + to + ")");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw new IllegalArgumentException("période trop longue : " + MAX_MONTHS + " mois au plus");
        }
        Territory territory = territories.require(territoryId);
        Set<String> insees = territory.getCommunes().stream().map(Commune::getInsee).collect(Collectors.toSet());
        List<MonthlyCount> counts = encounters.monthly(from, to).stream()
                .filter(m -> insees.contains(m.insee())).toList();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        int k = heatmap.k();
        Map<YearMonth, PublishedFunnel.Month> shown = PublishedFunnel.publish(counts, k);
        List<PublishedFunnel.Month> rows = months.stream()
                .map(m -> shown.getOrDefault(m, new PublishedFunnel.Month())).toList();
        List<Column> outcomes = new ArrayList<>(Arrays.stream(EncounterOutcome.values())
                .map(o -> new Column(o.name(), o.label())).toList());
        outcomes.add(new Column(PublishedFunnel.UNSPLIT, "suite non ventilée"));
        List<Column> categories = new ArrayList<>(Arrays.stream(EncounterCategory.values())
                .map(c -> new Column(c.name(), c.label())).toList());
        categories.add(new Column(PublishedFunnel.UNSPLIT, "public non ventilé"));
        return new FunnelReport(territoryId, territory.getName(), from, to, k,
                table(months, rows, outcomes, PublishedFunnel.Month::byOutcome),
                table(months, rows, categories, PublishedFunnel.Month::byCategory));
    }

    /** Beside each value: a 0 of a month that left encounters out may hide fewer than k per commune. */
    static List<HiddenBecause> hiddenBecause(int[] line, PublishedFunnel.Month month) {
        List<HiddenBecause> reasons = new ArrayList<>(line.length);
        for (int value : line) {
            reasons.add(value == 0 && month.leavesOut() ? HiddenBecause.SMALL : null);
        }
        return reasons;
    }

    /** Rows, columns and totals all add up what is shown: a total is that of the blocks published. */
    private static FunnelReport.Table table(List<YearMonth> months, List<PublishedFunnel.Month> shown,
            List<Column> columns, Function<PublishedFunnel.Month, int[]> values) {
        List<Row> rows = new ArrayList<>();
        int[] columnTotals = new int[columns.size()];
        int total = 0;
        for (int r = 0; r < months.size(); r++) {
            int[] line = values.apply(shown.get(r));
            int rowTotal = 0;
            for (int c = 0; c < line.length; c++) {
                rowTotal += line[c];
                columnTotals[c] += line[c];
            }
            total += rowTotal;
            rows.add(new Row(months.get(r), Arrays.stream(line).boxed().toList(), rowTotal,
                    hiddenBecause(line, shown.get(r))));
        }
        return new FunnelReport.Table(columns, rows, Arrays.stream(columnTotals).boxed().toList(), total);
    }
}
