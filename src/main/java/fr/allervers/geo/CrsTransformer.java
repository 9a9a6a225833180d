package fr.allervers.geo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;

/**
 * Reprojects geometries from the CRS a file declares (often Lambert-93, EPSG:2154, or an overseas UTM projection)
 * to WGS84 lon/lat, and back into a metric projection for areas, distances and grids (see {@link MetricGrid}).
 * Proj4J stands in for GeoTools, which is not on Maven Central.
 */
public final class CrsTransformer {

    public static final int LAMBERT_93 = 2154;
    private static final Pattern EPSG_CODE = Pattern.compile("(?:EPSG:{1,2}|EPSG::|crs:|/EPSG/0/)?\\s*(\\d{4,5})$");
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final Map<Integer, CoordinateTransform> TO_WGS84 = new ConcurrentHashMap<>();
    private static final Map<Integer, CoordinateTransform> FROM_WGS84 = new ConcurrentHashMap<>();
    /**
     * Official French projections that proj4j-epsg 1.4.1 does not list, with the parameters of the EPSG registry:
     * RGWF96 / UTM 1S, the projection of Wallis-et-Futuna.
     */
    private static final Map<Integer, String> NOT_IN_PROJ4J = Map.of(
            8903, "+proj=utm +zone=1 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");

    private CrsTransformer() {
    }

    /**
     * Reads an EPSG code from the names found in the wild: "EPSG:2154", "urn:ogc:def:crs:EPSG::2154",
     * "http://www.opengis.net/def/crs/EPSG/0/2154", "2154". CRS84 (OGC lon/lat) is 4326 in GeoJSON axis order.
     */
    public static int parseEpsg(String name) {
        String trimmed = name.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) {
            return Geometries.WGS84;
        }
        Matcher matcher = EPSG_CODE.matcher(upper.replace("URN:OGC:DEF:CRS:", ""));
        if (!matcher.find()) {
            throw new IllegalArgumentException("système de coordonnées non reconnu : « " + trimmed + " »");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Transforms in place and stamps SRID 4326. A no-op for data already in 4326. */
    public static <G extends Geometry> G toWgs84(G geometry, int sourceEpsg) {
        if (sourceEpsg != Geometries.WGS84) {
            apply(geometry, TO_WGS84.computeIfAbsent(sourceEpsg, code -> transform(code, Geometries.WGS84)));
        }
        return Geometries.withWgs84(geometry);
    }

    /** A copy in Lambert-93 metres, for areas, distances and grids in metropolitan France. */
    public static <G extends Geometry> G toLambert93(G wgs84) {
        return toProjected(wgs84, LAMBERT_93);
    }

    /** A copy in the projected CRS {@code targetEpsg} (metres), stamped with that SRID. */
    @SuppressWarnings("unchecked")
    public static <G extends Geometry> G toProjected(G wgs84, int targetEpsg) {
        G copy = (G) wgs84.copy();
        apply(copy, FROM_WGS84.computeIfAbsent(targetEpsg, code -> transform(Geometries.WGS84, code)));
        copy.setSRID(targetEpsg);
        return copy;
    }

    /** Transforms one coordinate pair, for CSV rows given in a projected CRS. */
    public static Coordinate toWgs84(double x, double y, int sourceEpsg) {
        if (sourceEpsg == Geometries.WGS84) {
            return new Coordinate(x, y);
        }
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.computeIfAbsent(sourceEpsg, code -> transform(code, Geometries.WGS84)).transform(new ProjCoordinate(x, y), out);
        return new Coordinate(out.x, out.y);
    }

    private static CoordinateTransform transform(int from, int to) {
        return new CoordinateTransformFactory().createTransform(crs(from), crs(to));
    }

    private static CoordinateReferenceSystem crs(int epsg) {
        String parameters = NOT_IN_PROJ4J.get(epsg);
        if (parameters != null) {
            return CRS_FACTORY.createFromParameters("EPSG:" + epsg, parameters);
        }
        try {
            return CRS_FACTORY.createFromName("EPSG:" + epsg);
        } catch (UnknownAuthorityCodeException | IllegalStateException e) {
            throw new IllegalArgumentException("système de coordonnées EPSG:" + epsg + " inconnu", e);
        }
    }

    private static void apply(Geometry geometry, CoordinateTransform transform) {
        geometry.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        geometry.geometryChanged();
    }
}
