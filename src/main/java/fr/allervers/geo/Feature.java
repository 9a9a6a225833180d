package fr.allervers.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/** A GeoJSON Feature at the API edge; the geometry is serialised by {@link GeoJsonModule}. */
public record Feature(String type, Object id, Geometry geometry, Map<String, Object> properties) {

    public Feature(Object id, Geometry geometry, Map<String, Object> properties) {
        this("Feature", id, geometry, properties);
    }
}
