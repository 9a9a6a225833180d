package fr.allervers.publicschedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A small printed map for the posters, drawn as inline SVG: the commune's outline and a numbered dot per stop, the
 * numbers matching the list beside it. No tiles and no script, so it prints the same everywhere.
 */
final class StopsMap {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 300;

    private StopsMap() {
    }

    /** @param stops the places in the order of their numbers; the outline may be null (commune not found) */
    static String svg(Geometry outline, List<PublicPermanence> stops, String label) {
        Envelope box = new Envelope();
        if (outline != null) {
            box.expandToInclude(outline.getEnvelopeInternal());
        }
        stops.forEach(s -> box.expandToInclude(s.lon(), s.lat()));
        if (box.isNull()) {
            box.expandToInclude(0, 0);
        }
        box.expandBy(Math.max(box.getWidth(), box.getHeight()) * 0.08 + 0.002);
        // Longitude degrees shrink with latitude: scale them so the commune keeps its shape.
        double xFactor = Math.cos(Math.toRadians(box.centre().y));
        double scale = Math.min(WIDTH / (box.getWidth() * xFactor), HEIGHT / box.getHeight());
        Projection projection = new Projection(box, xFactor, scale);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"carte-affiche\""
                + " viewBox=\"0 0 " + (int) WIDTH + " " + (int) HEIGHT + "\" role=\"img\" aria-label=\""
                + Html.escape(label) + "\">");
        if (outline != null) {
            for (int i = 0; i < outline.getNumGeometries(); i++) {
                if (outline.getGeometryN(i) instanceof Polygon polygon) {
                    svg.append("<path d=\"").append(ring(polygon.getExteriorRing().getCoordinates(), projection))
                            .append("\" fill=\"#eef3f8\" stroke=\"#1f3a5f\" stroke-width=\"2\"/>");
                }
            }
        }
        int number = 1;
        for (PublicPermanence stop : stops) {
            double[] xy = projection.apply(stop.lon(), stop.lat());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"11\" fill=\"#b3261e\" "
                    + "stroke=\"#fff\" stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                    + "font-size=\"13\" font-weight=\"bold\" fill=\"#fff\">%d</text>", xy[0], xy[1], xy[0],
                    xy[1] + 4.5, number++));
        }
        return svg.append("</svg>").toString();
    }

    /** The distinct places of a list, in order of first appearance. */
    static List<PublicPermanence> distinctPlaces(List<PublicPermanence> permanences) {
        Map<Long, PublicPermanence> places = new LinkedHashMap<>();
        permanences.forEach(p -> places.putIfAbsent(p.placeId(), p));
        return new ArrayList<>(places.values());
    }

    private static String ring(Coordinate[] coordinates, Projection projection) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < coordinates.length; i++) {
            double[] xy = projection.apply(coordinates[i].x, coordinates[i].y);
            d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", xy[0], xy[1]));
        }
        return d.append('Z').toString();
    }

    private record Projection(Envelope box, double xFactor, double scale) {
        double[] apply(double lon, double lat) {
            double x = (lon - box.getMinX()) * xFactor * scale;
            double y = (box.getMaxY() - lat) * scale;
            double dx = (WIDTH - box.getWidth() * xFactor * scale) / 2;
            double dy = (HEIGHT - box.getHeight() * scale) / 2;
            return new double[] {x + dx, y + dy};
        }
    }
}
