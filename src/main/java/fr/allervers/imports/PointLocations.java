package fr.allervers.imports;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.territory.CommuneRepository;

/** Places and hotels are points; their commune is read from the file or found from the commune outlines. */
@Component
class PointLocations {

    private final CommuneRepository communes;

    PointLocations(CommuneRepository communes) {
        this.communes = communes;
    }

    /** A fresh in-memory commune index for one import (the outlines may change between imports). */
    CommuneIndex index() {
        return new CommuneIndex(communes);
    }

    Point point(SourceRecord record, String key) {
        if (record.geometry() == null) {
            throw record.reject(key, "coordonnées manquantes (colonnes lon/lat ou x/y, ou géométrie Point)");
        }
        if (!(record.geometry() instanceof Point point)) {
            throw record.reject(key, "géométrie " + record.geometry().getGeometryType() + " au lieu de Point");
        }
        return point;
    }

    String communeOf(SourceRecord record, Point point, ImportOptions options) {
        String insee = record.text("insee", "commune_insee", "code_insee", "insee_com");
        if (insee != null) {
            if (!insee.matches("\\d[\\dAB]\\d{3}")) {
                throw record.reject(null, "code INSEE invalide : « " + insee + " »");
            }
            return insee;
        }
        return options.communes().communeOf(point);
    }

    static boolean yes(String text, boolean fallback) {
        if (text == null) {
            return fallback;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "oui", "o", "yes", "y", "true", "vrai", "1", "x" -> true;
            case "non", "n", "no", "false", "faux", "0", "" -> false;
            default -> throw new IllegalArgumentException("valeur oui/non attendue : « " + text + " »");
        };
    }
}
