package fr.allervers.heatmap;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.Feature;
import fr.allervers.geo.FeatureCollection;
import fr.allervers.geo.MetricGrid;
import fr.allervers.security.CurrentConsortium;

/** The encounter heatmap of the current consortium, with small cells hidden from aggregates-only audiences. */
@Service
public class HeatmapService {

    /**
     * @param aggregatesOnly hide cells with fewer than k encounters, and refuse cells smaller than the minimum
     */
    public record Request(BoundingBox bbox, double cellMetres, Instant from, Instant to, double halfLifeDays,
            EncounterCategory category, boolean aggregatesOnly) {
    }

    private final HeatmapQuery query;
    private final HeatmapProperties properties;
    private final CurrentConsortium currentConsortium;

    HeatmapService(HeatmapQuery query, HeatmapProperties properties, CurrentConsortium currentConsortium) {
        this.query = query;
        this.properties = properties;
        this.currentConsortium = currentConsortium;
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
