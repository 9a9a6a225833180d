package fr.allervers.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The parts of France where Aller-Vers data may lie, each with its bounds (lon/lat) and its metric grids. Not to be
 * confused with a consortium's {@code territory}: this is geography, the same for everybody.
 *
 * <p>Bounds are the EPSG registry's onshore extent of each territory widened by 0.1° and rounded outward to 0.05°
 * (the metropolitan box predates them and holds EPSG's extent with a wider margin); docs/france-overseas.md lists
 * the extents used. They only need to tell French data from data with swapped axes or a wrong CRS, so a bay or a
 * neighbouring islet inside a box does no harm.
 */
public enum FrenchTerritory {

    METROPOLE("France métropolitaine et Corse", box(-5.8, 10.0, 41.2, 51.3), MetricGrid.LAMBERT_93),
    GUADELOUPE("Guadeloupe", box(-61.95, -60.85, 15.70, 16.65), MetricGrid.ANTILLES_UTM_20N),
    MARTINIQUE("Martinique", box(-61.40, -60.65, 14.25, 15.05), MetricGrid.ANTILLES_UTM_20N),
    GUYANE("Guyane", box(-54.75, -51.50, 2.00, 5.95), MetricGrid.GUYANE_UTM_22N),
    LA_REUNION("La Réunion", box(55.05, 56.05, -21.55, -20.70), MetricGrid.REUNION_UTM_40S),
    MAYOTTE("Mayotte", box(44.85, 45.45, -13.15, -12.50), MetricGrid.MAYOTTE_UTM_38S),
    SAINT_MARTIN("Saint-Martin", box(-63.35, -62.85, 17.99, 18.30), MetricGrid.ANTILLES_UTM_20N),
    SAINT_BARTHELEMY("Saint-Barthélemy", box(-63.05, -62.60, 17.70, 17.99), MetricGrid.ANTILLES_UTM_20N),
    SAINT_PIERRE_ET_MIQUELON("Saint-Pierre-et-Miquelon", box(-56.60, -55.95, 46.55, 47.30),
            MetricGrid.SAINT_PIERRE_UTM_21N),
    POLYNESIE_FRANCAISE("Polynésie française", box(-155.0, -134.2, -28.2, -7.5), MetricGrid.POLYNESIE_UTM_5S,
            MetricGrid.POLYNESIE_UTM_6S, MetricGrid.POLYNESIE_UTM_7S, MetricGrid.POLYNESIE_UTM_8S),
    NOUVELLE_CALEDONIE("Nouvelle-Calédonie", box(163.40, 168.30, -22.85, -19.40),
            MetricGrid.NOUVELLE_CALEDONIE_LAMBERT),
    WALLIS_ET_FUTUNA("Wallis-et-Futuna", box(-178.30, -175.95, -14.50, -13.05), MetricGrid.WALLIS_FUTUNA_UTM_1S);

    /** A box of a territory gridded by one projection; a territory spanning several UTM zones has one per zone. */
    public record Zone(FrenchTerritory territory, Envelope bounds, MetricGrid grid) {
    }

    private final String label;
    private final Envelope bounds;
    private final List<Zone> zones;

    FrenchTerritory(String label, Envelope bounds, MetricGrid... grids) {
        this.label = label;
        this.bounds = bounds;
        this.zones = zones(bounds, grids);
    }

    private static Envelope box(double minLon, double maxLon, double minLat, double maxLat) {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    /** Splits the bounds at the meridians halfway between the grids' central meridians: the UTM zone limits. */
    private List<Zone> zones(Envelope bounds, MetricGrid... grids) {
        List<MetricGrid> byMeridian = Arrays.stream(grids)
                .sorted(Comparator.comparingDouble(MetricGrid::centralMeridian)).toList();
        List<Zone> result = new ArrayList<>();
        double west = bounds.getMinX();
        for (int i = 0; i < byMeridian.size(); i++) {
            double east = i + 1 < byMeridian.size()
                    ? (byMeridian.get(i).centralMeridian() + byMeridian.get(i + 1).centralMeridian()) / 2
                    : bounds.getMaxX();
            result.add(new Zone(this, new Envelope(west, Math.min(east, bounds.getMaxX()), bounds.getMinY(),
                    bounds.getMaxY()), byMeridian.get(i)));
            west = east;
        }
        return List.copyOf(result);
    }

    public String label() {
        return label;
    }

    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public List<Zone> zones() {
        return zones;
    }

    /** Every zone of France, the metropolis first. */
    public static List<Zone> allZones() {
        return Arrays.stream(values()).flatMap(territory -> territory.zones.stream()).toList();
    }

    /** The territory whose bounds hold the whole envelope, if any. */
    public static Optional<FrenchTerritory> holding(Envelope envelope) {
        return Arrays.stream(values()).filter(territory -> territory.bounds.contains(envelope)).findFirst();
    }

    /** The grid of the first zone that holds the point, if it lies in France. */
    static Optional<MetricGrid> gridAt(Coordinate lonLat) {
        return allZones().stream().filter(zone -> zone.bounds().contains(lonLat)).map(Zone::grid).findFirst();
    }
}
