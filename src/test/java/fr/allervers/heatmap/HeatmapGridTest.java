package fr.allervers.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.geo.MetricGrid;

/** Which grid a viewport is counted in, and metropolitan cells exactly as they were before the overseas grids. */
class HeatmapGridTest {

    @Test
    void aMetropolitanViewportIsTheLambert93ExtentItAlwaysWas() {
        BoundingBox bbox = new BoundingBox(-4.60, 48.33, -4.40, 48.46);
        List<HeatmapGrid.Area> areas = HeatmapGrid.areas(bbox);
        assertThat(areas).singleElement().satisfies(area -> {
            assertThat(area.grid()).isEqualTo(MetricGrid.LAMBERT_93);
            assertThat(area.metric()).isEqualTo(lambert93ExtentAsBefore(bbox));
        });
    }

    @Test
    void aMetropolitanCellKeepsItsIdAndItsCorners() {
        assertThat(HeatmapGrid.id(MetricGrid.LAMBERT_93, 842, 6519)).isEqualTo("842_6519");
        Polygon cell = HeatmapGrid.cell(MetricGrid.LAMBERT_93, 842, 6519, 1000);
        Coordinate[] ring = cell.getExteriorRing().getCoordinates();
        assertThat(ring[0]).isEqualTo(CrsTransformer.toWgs84(842_000, 6_519_000, 2154));
        assertThat(ring[2]).isEqualTo(CrsTransformer.toWgs84(843_000, 6_520_000, 2154));
        assertThat(cell.contains(Geometries.point(4.8357, 45.7640))).as("Lyon, at 842 666, 6 519 924").isTrue();
    }

    @Test
    void aViewportOnLaReunionIsCountedInUtm40South() {
        List<HeatmapGrid.Area> areas = HeatmapGrid.areas(new BoundingBox(55.2, -21.4, 55.9, -20.8));
        assertThat(areas).singleElement().satisfies(area -> {
            assertThat(area.grid()).isEqualTo(MetricGrid.REUNION_UTM_40S);
            // Saint-Denis is at 338 811, 7 690 101 in RGR92 / UTM 40S (PROJ).
            assertThat(area.metric().contains(338_811, 7_690_101)).isTrue();
            assertThat(area.metric().getWidth()).isBetween(70_000.0, 75_000.0); // 0.7° of longitude at 21°S
        });
        assertThat(HeatmapGrid.id(MetricGrid.REUNION_UTM_40S, 338, 7690)).isEqualTo("2975:338_7690");
        assertThat(HeatmapGrid.cell(MetricGrid.REUNION_UTM_40S, 338, 7690, 1000)
                .contains(Geometries.point(55.4504, -20.8823))).isTrue();
    }

    @Test
    void aViewportOverTheAntillesHasAnAreaPerIslandInOneGrid() {
        List<HeatmapGrid.Area> areas = HeatmapGrid.areas(new BoundingBox(-62.0, 14.0, -60.5, 16.8));
        assertThat(areas).hasSize(2).allSatisfy(area -> assertThat(area.grid()).isEqualTo(MetricGrid.ANTILLES_UTM_20N));
    }

    @Test
    void theWholeWorldReachesEveryZoneAndTheOpenSeaNone() {
        assertThat(HeatmapGrid.areas(BoundingBox.WORLD)).extracting(HeatmapGrid.Area::grid)
                .containsAll(List.of(MetricGrid.values())).hasSize(15);
        assertThat(HeatmapGrid.areas(new BoundingBox(-30, 10, -20, 20))).isEmpty();
    }

    /** The computation of the Lambert-93 grid before the overseas grids, kept here as the reference. */
    private static Envelope lambert93ExtentAsBefore(BoundingBox bbox) {
        Envelope viewport = new Envelope(bbox.minLon(), bbox.maxLon(), bbox.minLat(), bbox.maxLat())
                .intersection(new Envelope(-5.8, 10.0, 41.2, 51.3));
        Polygon outline = (Polygon) Densifier.densify(Geometries.FACTORY.toGeometry(viewport),
                Math.max(viewport.getWidth(), viewport.getHeight()) / 16);
        return CrsTransformer.toLambert93(outline).getEnvelopeInternal();
    }
}
