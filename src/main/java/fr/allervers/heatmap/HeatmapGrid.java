package fr.allervers.heatmap;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.FrenchTerritory;
import fr.allervers.geo.Geometries;
import fr.allervers.geo.MetricGrid;

/**
 * The heatmap grid: square cells in the metric projection of each part of France ({@link MetricGrid}: Lambert-93 in
 * the metropolis, the territory's official projection overseas), so that every cell has the same area on the ground;
 * each cell is sent to the map as a WGS84 polygon.
 */
final class HeatmapGrid {

    /** The part of a viewport that lies in one zone of France, in the metres of that zone's grid. */
    record Area(MetricGrid grid, Envelope metric) {

        double cells(double size) {
            return Math.ceil(metric.getWidth() / size + 1) * Math.ceil(metric.getHeight() / size + 1);
        }
    }

    private HeatmapGrid() {
    }

    /** @return the metric extent of the viewport in each zone of France it overlaps; none when it lies outside */
    static List<Area> areas(BoundingBox bbox) {
        Envelope viewport = new Envelope(bbox.minLon(), bbox.maxLon(), bbox.minLat(), bbox.maxLat());
        List<Area> areas = new ArrayList<>();
        for (FrenchTerritory.Zone zone : FrenchTerritory.allZones()) {
            Envelope part = viewport.intersection(zone.bounds());
            if (part.isNull() || part.getArea() == 0) {
                continue;
            }
            // Edges are densified: a straight edge in degrees is curved in the projection.
            Polygon outline = (Polygon) Densifier.densify(Geometries.FACTORY.toGeometry(part),
                    Math.max(part.getWidth(), part.getHeight()) / 16);
            areas.add(new Area(zone.grid(), zone.grid().toMetric(outline).getEnvelopeInternal()));
        }
        return areas;
    }

    /**
     * The id of a cell: "column_row" in Lambert-93, as always; overseas the grid's EPSG code comes first
     * ("2975:column_row"), since two grids may number cells alike.
     */
    static String id(MetricGrid grid, long column, long row) {
        String cell = column + "_" + row;
        return grid == MetricGrid.LAMBERT_93 ? cell : grid.epsg() + ":" + cell;
    }

    static Polygon cell(MetricGrid grid, long column, long row, double size) {
        double x = column * size;
        double y = row * size;
        Coordinate[] ring = {grid.toWgs84(x, y), grid.toWgs84(x + size, y), grid.toWgs84(x + size, y + size),
                grid.toWgs84(x, y + size), null};
        ring[4] = ring[0];
        return Geometries.FACTORY.createPolygon(ring);
    }
}
