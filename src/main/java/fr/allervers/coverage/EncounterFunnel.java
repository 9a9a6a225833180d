package fr.allervers.coverage;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Builds the funders' funnel of a territory from the monthly encounter counts, which outlive the purge of the
 * encounters themselves, and hides the small counts: this table leaves the team.
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
        return new FunnelReport(territoryId, territory.getName(), from, to, k,
                table(months, counts, Arrays.stream(EncounterOutcome.values())
                        .map(o -> new Column(o.name(), o.label())).toList(), m -> m.outcome().name(), k),
                table(months, counts, Arrays.stream(EncounterCategory.values())
                        .map(c -> new Column(c.name(), c.label())).toList(), m -> m.category().name(), k));
    }

    private static FunnelReport.Table table(List<YearMonth> months, List<MonthlyCount> counts, List<Column> columns,
            Function<MonthlyCount, String> column, int k) {
        Map<YearMonth, Integer> rowOf = new HashMap<>();
        months.forEach(m -> rowOf.put(m, rowOf.size()));
        Map<String, Integer> columnOf = new HashMap<>();
        columns.forEach(c -> columnOf.put(c.code(), columnOf.size()));
        int[][] people = new int[months.size()][columns.size()];
        for (MonthlyCount m : counts) {
            people[rowOf.get(m.month())][columnOf.get(column.apply(m))] += m.people();
        }
        SmallCountSuppression.Table shown = SmallCountSuppression.apply(people, k);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < months.size(); r++) {
            rows.add(new Row(months.get(r), Arrays.asList(shown.cells()[r]), shown.rowTotals()[r]));
        }
        return new FunnelReport.Table(columns, rows, Arrays.asList(shown.columnTotals()), shown.total());
    }
}
