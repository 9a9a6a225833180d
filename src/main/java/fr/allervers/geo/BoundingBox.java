package fr.allervers.geo;

import org.locationtech.jts.geom.Polygon;

/** The {@code bbox=minLon,minLat,maxLon,maxLat} query parameter of the map layers. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

    public BoundingBox {
        if (!(minLon < maxLon && minLat < maxLat) || minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw new IllegalArgumentException(
                    "bbox invalide : attendu minLon,minLat,maxLon,maxLat en degrés WGS84 avec min < max");
        }
    }

    public static BoundingBox parse(String text) {
        if (text == null || text.isBlank()) {
            return WORLD;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox invalide : quatre nombres attendus (minLon,minLat,maxLon,maxLat)");
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox invalide : « " + text + " » n'est pas une liste de nombres");
        }
    }

    public Polygon toPolygon() {
        return Geometries.envelope(minLon, minLat, maxLon, maxLat);
    }
}
