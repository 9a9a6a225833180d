package fr.allervers.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class CrsTransformerTest {

    @Test
    void readsTheCrsNamesFoundInFiles() {
        assertThat(CrsTransformer.parseEpsg("urn:ogc:def:crs:EPSG::2154")).isEqualTo(2154);
        assertThat(CrsTransformer.parseEpsg("EPSG:2154")).isEqualTo(2154);
        assertThat(CrsTransformer.parseEpsg("http://www.opengis.net/def/crs/EPSG/0/2154")).isEqualTo(2154);
        assertThat(CrsTransformer.parseEpsg("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(4326);
        assertThatThrownBy(() -> CrsTransformer.parseEpsg("Lambert")).hasMessageContaining("Lambert");
    }

    @Test
    void theLambert93OriginIs3East46Point5North() {
        Coordinate origin = CrsTransformer.toWgs84(700000, 6600000, 2154);
        assertThat(origin.x).isCloseTo(3.0, offset(1e-9));
        assertThat(origin.y).isCloseTo(46.5, offset(1e-9));
    }

    @Test
    void lambert93RoundTripKeepsTheGeometry() throws Exception {
        Geometry lyon = new WKTReader(Geometries.FACTORY).read("POLYGON((4.83 45.75, 4.86 45.75, 4.86 45.77, 4.83 45.75))");
        Geometry metric = CrsTransformer.toLambert93(lyon);
        assertThat(metric.getSRID()).isEqualTo(2154);
        // About 2.3 km by 2.2 km, halved: roughly 2.6 km².
        assertThat(metric.getArea()).isBetween(2.0e6, 3.0e6);
        Geometry back = CrsTransformer.toWgs84(metric, 2154);
        assertThat(back.equalsExact(lyon, 1e-9)).isTrue();
    }

    @Test
    void franceExtentRejectsSwappedAxes() throws Exception {
        assertThat(FranceExtent.contains(Geometries.point(4.85, 45.70))).isTrue();
        assertThat(FranceExtent.contains(Geometries.point(45.70, 4.85))).isFalse();
        assertThat(FranceExtent.contains(Geometries.point(55.45, -20.9))).as("La Réunion").isTrue();
    }
}
