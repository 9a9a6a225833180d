package fr.allervers.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** Every part of France is in the extent, with the official projection of the territory as its metric grid. */
class MetricGridTest {

    /**
     * A town in each territory (and in each UTM zone of Polynésie), with its coordinates in the territory's grid as
     * PROJ 9.1 gives them ({@code cs2cs EPSG:4326 EPSG:<grid>}): an implementation independent of Proj4J.
     */
    record Town(String name, FrenchTerritory territory, double lon, double lat, MetricGrid grid, double x, double y) {

        Point point() {
            return Geometries.point(lon, lat);
        }
    }

    static final List<Town> TOWNS = List.of(
            new Town("Lyon", FrenchTerritory.METROPOLE, 4.8357, 45.7640, MetricGrid.LAMBERT_93, 842666.659, 6519924.367),
            new Town("Pointe-à-Pitre", FrenchTerritory.GUADELOUPE, -61.5331, 16.2411, MetricGrid.ANTILLES_UTM_20N,
                    656770.897, 1796166.176),
            new Town("Fort-de-France", FrenchTerritory.MARTINIQUE, -61.0588, 14.6161, MetricGrid.ANTILLES_UTM_20N,
                    709096.316, 1616759.733),
            new Town("Cayenne", FrenchTerritory.GUYANE, -52.3260, 4.9372, MetricGrid.GUYANE_UTM_22N, 352980.205,
                    545868.922),
            new Town("Saint-Laurent-du-Maroni", FrenchTerritory.GUYANE, -54.0289, 5.4989, MetricGrid.GUYANE_UTM_22N,
                    164345.465, 608663.156),
            new Town("Saint-Denis", FrenchTerritory.LA_REUNION, 55.4504, -20.8823, MetricGrid.REUNION_UTM_40S,
                    338811.239, 7690101.360),
            new Town("Mamoudzou", FrenchTerritory.MAYOTTE, 45.2279, -12.7806, MetricGrid.MAYOTTE_UTM_38S, 524735.375,
                    8587115.812),
            new Town("Marigot", FrenchTerritory.SAINT_MARTIN, -63.0825, 18.0677, MetricGrid.ANTILLES_UTM_20N,
                    491269.670, 1997677.583),
            new Town("Gustavia", FrenchTerritory.SAINT_BARTHELEMY, -62.8498, 17.8962, MetricGrid.ANTILLES_UTM_20N,
                    515909.858, 1978707.983),
            new Town("Saint-Pierre", FrenchTerritory.SAINT_PIERRE_ET_MIQUELON, -56.1764, 46.7811,
                    MetricGrid.SAINT_PIERRE_UTM_21N, 562869.803, 5181168.316),
            new Town("Vaitape (Bora-Bora)", FrenchTerritory.POLYNESIE_FRANCAISE, -151.7500, -16.5004,
                    MetricGrid.POLYNESIE_UTM_5S, 633409.928, 8175298.951),
            new Town("Papeete", FrenchTerritory.POLYNESIE_FRANCAISE, -149.5696, -17.5350, MetricGrid.POLYNESIE_UTM_6S,
                    227195.459, 8059415.520),
            new Town("Taiohae (Nuku Hiva)", FrenchTerritory.POLYNESIE_FRANCAISE, -140.0990, -8.9109,
                    MetricGrid.POLYNESIE_UTM_7S, 599059.948, 9014878.363),
            new Town("Rikitea (Gambier)", FrenchTerritory.POLYNESIE_FRANCAISE, -134.9690, -23.1200,
                    MetricGrid.POLYNESIE_UTM_8S, 503173.658, 7443196.344),
            new Town("Nouméa", FrenchTerritory.NOUVELLE_CALEDONIE, 166.4580, -22.2758,
                    MetricGrid.NOUVELLE_CALEDONIE_LAMBERT, 447201.339, 214033.899),
            new Town("Mata-Utu", FrenchTerritory.WALLIS_ET_FUTUNA, -176.1736, -13.2825, MetricGrid.WALLIS_FUTUNA_UTM_1S,
                    589516.291, 8531474.998));

    @Test
    void everyTownLiesInItsTerritoryAndIsMeasuredInItsGrid() {
        for (Town town : TOWNS) {
            assertThat(FranceExtent.contains(town.point())).as(town.name()).isTrue();
            assertThat(FrenchTerritory.holding(town.point().getEnvelopeInternal())).as(town.name())
                    .contains(town.territory());
            assertThat(MetricGrid.at(town.point())).as(town.name()).isEqualTo(town.grid());
        }
        Set<FrenchTerritory> covered = TOWNS.stream().map(Town::territory).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(FrenchTerritory.values());
        Set<MetricGrid> grids = TOWNS.stream().map(Town::grid).collect(Collectors.toSet());
        assertThat(grids).containsExactlyInAnyOrder(MetricGrid.values());
    }

    /**
     * Within a metre: for RGPF, Proj4J applies the EPSG's Helmert shift from WGS84 (some decimetres), PROJ none by
     * default; every other grid agrees to the millimetre.
     */
    @Test
    void gridCoordinatesAgreeWithProjWithinAMetre() {
        for (Town town : TOWNS) {
            Point metric = town.grid().toMetric(town.point());
            assertThat(metric.getSRID()).isEqualTo(town.grid().epsg());
            assertThat(metric.getX()).as(town.name() + " x").isCloseTo(town.x(), offset(1.0));
            assertThat(metric.getY()).as(town.name() + " y").isCloseTo(town.y(), offset(1.0));
            Coordinate back = town.grid().toWgs84(town.x(), town.y());
            assertThat(back.x).as(town.name() + " lon").isCloseTo(town.lon(), offset(1e-5));
            assertThat(back.y).as(town.name() + " lat").isCloseTo(town.lat(), offset(1e-5));
        }
    }

    @Test
    void swappedAxesFallOutsideFranceEverywhere() {
        for (Town town : TOWNS) {
            assertThat(FranceExtent.contains(Geometries.point(town.lat(), town.lon()))).as(town.name()).isFalse();
        }
        assertThat(FranceExtent.contains(Geometries.point(-20.0, 35.0))).as("mid-Atlantic").isFalse();
    }

    @Test
    void aKilometreOnTheGroundIsAKilometreInEveryGrid() {
        for (Town town : TOWNS) {
            // About 1 km east on the ground (spherical Earth of mean radius: within 0.2 % of the ellipsoid here).
            double east = Math.toDegrees(1000 / (6_371_008.8 * Math.cos(Math.toRadians(town.lat()))));
            Point a = town.grid().toMetric(town.point());
            Point b = town.grid().toMetric(Geometries.point(town.lon() + east, town.lat()));
            assertThat(a.distance(b)).as(town.name()).isCloseTo(1000, offset(6.0));
        }
        // Why overseas needs its own grid: around Saint-Denis, Lambert-93 stretches a kilometre to almost two.
        Point a = CrsTransformer.toLambert93(Geometries.point(55.4504, -20.8823));
        Point b = CrsTransformer.toLambert93(Geometries.point(55.46001, -20.8823));
        assertThat(a.distance(b)).isGreaterThan(1800);
    }

    @Test
    void polynesiaIsSplitAtTheLimitsOfItsUtmZones() {
        List<FrenchTerritory.Zone> zones = FrenchTerritory.POLYNESIE_FRANCAISE.zones();
        assertThat(zones).extracting(FrenchTerritory.Zone::grid).containsExactly(MetricGrid.POLYNESIE_UTM_5S,
                MetricGrid.POLYNESIE_UTM_6S, MetricGrid.POLYNESIE_UTM_7S, MetricGrid.POLYNESIE_UTM_8S);
        assertThat(zones).extracting(zone -> zone.bounds().getMaxX()).containsExactly(-150.0, -144.0, -138.0, -134.2);
        assertThat(FrenchTerritory.METROPOLE.zones()).singleElement()
                .satisfies(zone -> assertThat(zone.bounds()).isEqualTo(FrenchTerritory.METROPOLE.bounds()));
    }

    @Test
    void noTwoTerritoriesOverlap() {
        FrenchTerritory[] all = FrenchTerritory.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                assertThat(all[i].bounds().intersection(all[j].bounds()).getArea()).as(all[i] + " / " + all[j])
                        .isZero();
            }
        }
    }

    @Test
    void filesInTheOfficialOverseasProjectionsAreRead() {
        for (Town town : TOWNS) {
            int epsg = CrsTransformer.parseEpsg("urn:ogc:def:crs:EPSG::" + town.grid().epsg());
            Coordinate lonLat = CrsTransformer.toWgs84(town.x(), town.y(), epsg);
            assertThat(lonLat.x).as(town.name()).isCloseTo(town.lon(), offset(1e-5));
            assertThat(lonLat.y).as(town.name()).isCloseTo(town.lat(), offset(1e-5));
        }
        assertThat(Arrays.stream(MetricGrid.values()).map(grid -> MetricGrid.ofEpsg(grid.epsg()).orElseThrow()))
                .containsExactly(MetricGrid.values());
    }
}
