package fr.allervers.geo;

import java.util.Arrays;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The metric projection in which lengths, areas and heatmap cells are measured at a place in France: Lambert-93 in
 * the metropolis, and overseas the official projection of each territory (IGN), so that a metre is a metre on the
 * ground everywhere. Which grid applies is read from the place itself ({@link #at}), never from a setting.
 */
public enum MetricGrid {

    LAMBERT_93(2154, "RGF93 v1 / Lambert-93", 3),
    ANTILLES_UTM_20N(5490, "RGAF09 / UTM 20N", utmMeridian(20)),
    GUYANE_UTM_22N(2972, "RGFG95 / UTM 22N", utmMeridian(22)),
    REUNION_UTM_40S(2975, "RGR92 / UTM 40S", utmMeridian(40)),
    MAYOTTE_UTM_38S(4471, "RGM04 / UTM 38S", utmMeridian(38)),
    SAINT_PIERRE_UTM_21N(4467, "RGSPM06 / UTM 21N", utmMeridian(21)),
    POLYNESIE_UTM_5S(3296, "RGPF / UTM 5S", utmMeridian(5)),
    POLYNESIE_UTM_6S(3297, "RGPF / UTM 6S", utmMeridian(6)),
    POLYNESIE_UTM_7S(3298, "RGPF / UTM 7S", utmMeridian(7)),
    POLYNESIE_UTM_8S(3299, "RGPF / UTM 8S", utmMeridian(8)),
    NOUVELLE_CALEDONIE_LAMBERT(3163, "RGNC91-93 / Lambert Nouvelle-Calédonie", 166),
    WALLIS_FUTUNA_UTM_1S(8903, "RGWF96 / UTM 1S", utmMeridian(1));

    private final int epsg;
    private final String label;
    private final double centralMeridian;

    MetricGrid(int epsg, String label, double centralMeridian) {
        this.epsg = epsg;
        this.label = label;
        this.centralMeridian = centralMeridian;
    }

    private static double utmMeridian(int zone) {
        return -183 + 6 * zone;
    }

    /**
     * The grid of the part of France whose bounds hold the centre of {@code wgs84}'s envelope; Lambert-93 outside
     * France, which only data refused on input can be (see {@link FranceExtent}).
     */
    public static MetricGrid at(Geometry wgs84) {
        Envelope envelope = wgs84.getEnvelopeInternal();
        return envelope.isNull() ? LAMBERT_93 : FrenchTerritory.gridAt(envelope.centre()).orElse(LAMBERT_93);
    }

    public static Optional<MetricGrid> ofEpsg(int epsg) {
        return Arrays.stream(values()).filter(grid -> grid.epsg == epsg).findFirst();
    }

    public int epsg() {
        return epsg;
    }

    /** The name of the projected CRS, as the IGN and the EPSG registry spell it. */
    public String label() {
        return label;
    }

    /**
     * The meridian along which the projection is true to scale (nearly): a territory spanning several UTM zones is
     * cut halfway between the meridians of its grids.
     */
    double centralMeridian() {
        return centralMeridian;
    }

    /** A copy of a WGS84 geometry in this grid's metres. */
    public <G extends Geometry> G toMetric(G wgs84) {
        return CrsTransformer.toProjected(wgs84, epsg);
    }

    /** The WGS84 lon/lat of a point given in this grid's metres. */
    public Coordinate toWgs84(double x, double y) {
        return CrsTransformer.toWgs84(x, y, epsg);
    }
}
