package fr.allervers.heatmap;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterProperties;
import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.Feature;
import fr.allervers.geo.FeatureCollection;
import fr.allervers.geo.MetricGrid;
import fr.allervers.security.CurrentConsortium;

/**
 * The encounter heatmap of the current consortium: as asked for its staff, as {@link PublishedHeatmap} for anyone who
 * may only see aggregates.
 */
@Service
public class HeatmapService {

    /**
     * A request of the consortium's staff.
     *
     * @param aggregatesOnly hide cells with fewer than k encounters, and refuse cells smaller than the minimum
     */
    public record Request(BoundingBox bbox, double cellMetres, Instant from, Instant to, double halfLifeDays,
            EncounterCategory category, boolean aggregatesOnly) {
    }

    /**
     * A request for the published heatmap: whole months, {@code from} to {@code to} included, a cell of
     * {@link PublishedHeatmap#CELL_SIZES}, every category, the configured half-life.
     */
    public record PublishedRequest(BoundingBox bbox, double cellMetres, YearMonth from, YearMonth to) {
    }

    /** The longest published period: what the funders' funnel allows too. */
    static final int MAX_PUBLISHED_MONTHS = 36;

    private final HeatmapQuery query;
    private final HeatmapProperties properties;
    private final CurrentConsortium currentConsortium;

    private final ZoneId zone;

    HeatmapService(HeatmapQuery query, HeatmapProperties properties, CurrentConsortium currentConsortium,
            EncounterProperties encounterProperties) {
        this.query = query;
        this.properties = properties;
        this.currentConsortium = currentConsortium;
        this.zone = encounterProperties.zone();
    }

    @Transactional(readOnly = true)
    public FeatureCollection heatmap(Request request) {
        check(request);
        List<HeatmapGrid.Area> areas = HeatmapGrid.areas(request.bbox());
        if (areas.isEmpty()) {
            return new FeatureCollection(List.of());
        }
        double size = request.cellMetres();
        double cells = areas.stream().mapToDouble(area -> area.cells(size)).sum();
        if (cells > properties.maxCells()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "trop de mailles (%.0f pour %d au"
                    + " plus) : agrandissez la maille ou réduisez la zone", cells, properties.maxCells()));
        }
        int minCount = request.aggregatesOnly() ? properties.k() : 1;
        long consortiumId = currentConsortium.get().getId();
        // Two zones of one grid (Guadeloupe and Martinique) may reach the same cell; it is counted whole each time.
        Map<String, Feature> features = new LinkedHashMap<>();
        for (HeatmapGrid.Area area : areas) {
            for (HeatmapQuery.Cell cell : query.cells(consortiumId, area.grid(), area.metric(), size, request.from(),
                    request.to(), request.halfLifeDays(), request.category(), minCount)) {
                features.computeIfAbsent(HeatmapGrid.id(area.grid(), cell.column(), cell.row()),
                        id -> feature(id, area.grid(), cell, size));
            }
        }
        return new FeatureCollection(List.copyOf(features.values()));
    }

    /**
     * Each month of each base cell is read apart, its weight decayed from the end of the period like any other
     * answer's, then {@link PublishedHeatmap} decides what may be shown.
     */
    @Transactional(readOnly = true)
    public FeatureCollection published(PublishedRequest request) {
        double size = PublishedHeatmap.cellSize(request.cellMetres());
        if (request.from().isAfter(request.to())) {
            throw new IllegalArgumentException("période vide : « from » (" + request.from() + ") est après « to » ("
                    + request.to() + ")");
        }
        if (ChronoUnit.MONTHS.between(request.from(), request.to()) + 1 > MAX_PUBLISHED_MONTHS) {
            throw new IllegalArgumentException("période trop longue : " + MAX_PUBLISHED_MONTHS + " mois au plus");
        }
        List<HeatmapGrid.Area> areas = HeatmapGrid.areas(request.bbox());
        double cells = areas.stream().mapToDouble(area -> area.cells(size)).sum();
        if (cells > properties.maxCells()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "trop de mailles (%.0f pour %d au"
                    + " plus) : agrandissez la maille ou réduisez la zone", cells, properties.maxCells()));
        }
        Instant end = request.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        double halfLifeSeconds = properties.halfLifeDays() * 86_400;
        long consortiumId = currentConsortium.get().getId();
        Map<String, Feature> features = new LinkedHashMap<>();
        for (HeatmapGrid.Area area : areas) {
            // Whole cells of the asked size, so that each is made of all its base cells.
            Envelope whole = new Envelope(Math.floor(area.metric().getMinX() / size) * size,
                    Math.ceil(area.metric().getMaxX() / size) * size, Math.floor(area.metric().getMinY() / size) * size,
                    Math.ceil(area.metric().getMaxY() / size) * size);
            List<Map<PublishedHeatmap.Key, PublishedHeatmap.Tally>> months = new ArrayList<>();
            for (YearMonth month = request.from(); !month.isAfter(request.to()); month = month.plusMonths(1)) {
                Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
                Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
                double decay = Math.pow(0.5, Duration.between(monthEnd, end).toSeconds() / halfLifeSeconds);
                Map<PublishedHeatmap.Key, PublishedHeatmap.Tally> base = new HashMap<>();
                for (HeatmapQuery.Cell cell : query.cells(consortiumId, area.grid(), whole, PublishedHeatmap.BASE_CELL,
                        monthStart, monthEnd, properties.halfLifeDays(), null, 1)) {
                    base.put(new PublishedHeatmap.Key(cell.column(), cell.row()), new PublishedHeatmap.Tally(
                            cell.count(), cell.people(), cell.weight()).weighted(decay));
                }
                months.add(base);
            }
            PublishedHeatmap.publish(months, size, properties.k()).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparingLong(PublishedHeatmap.Key::column)
                            .thenComparingLong(PublishedHeatmap.Key::row)))
                    .forEach(shown -> {
                        HeatmapQuery.Cell cell = new HeatmapQuery.Cell(shown.getKey().column(), shown.getKey().row(),
                                shown.getValue().count(), shown.getValue().people(), shown.getValue().weight());
                        features.computeIfAbsent(HeatmapGrid.id(area.grid(), cell.column(), cell.row()),
                                id -> feature(id, area.grid(), cell, size));
                    });
        }
        return new FeatureCollection(List.copyOf(features.values()));
    }

    private void check(Request request) {
        double minimum = request.aggregatesOnly() ? properties.minAggregateCellMetres() : properties.minCellMetres();
        if (!(request.cellMetres() >= minimum) || request.cellMetres() > 100_000) {
            throw new IllegalArgumentException("maille de " + request.cellMetres() + " m refusée : de " + minimum
                    + " m" + (request.aggregatesOnly() ? " (vue agrégée)" : "") + " à 100 km");
        }
        if (!(request.halfLifeDays() > 0)) {
            throw new IllegalArgumentException("halfLifeDays doit être un nombre de jours positif");
        }
        if (!request.from().isBefore(request.to())) {
            throw new IllegalArgumentException("période vide : « from » doit précéder « to »");
        }
    }

    private static Feature feature(String id, MetricGrid grid, HeatmapQuery.Cell cell, double size) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("count", cell.count());
        properties.put("people", cell.people());
        properties.put("weight", Math.round(cell.weight() * 1000) / 1000.0);
        return new Feature(id, HeatmapGrid.cell(grid, cell.column(), cell.row(), size), properties);
    }
}
