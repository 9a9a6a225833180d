package fr.allervers.editor;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import fr.allervers.geo.FranceExtent;
import fr.allervers.geo.Geometries;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.TerritoryRepository;

/**
 * Where a place or a hotel may stand: in France, inside a commune of one of the consortium's territories. The
 * commune is found from the point, so that nobody types an INSEE code.
 */
@Component
class TerritoryPoints {

    /** A checked point and the commune that holds it. */
    record Located(Point point, Commune commune) {
    }

    private final CommuneRepository communes;
    private final TerritoryRepository territories;

    TerritoryPoints(CommuneRepository communes, TerritoryRepository territories) {
        this.communes = communes;
        this.territories = territories;
    }

    Located locate(EditorRequest request, Consortium consortium) {
        double lon = request.requiredNumber("lon", "la longitude");
        double lat = request.requiredNumber("lat", "la latitude");
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new InvalidFieldException("lon", String.format(Locale.ROOT,
                    "(%s, %s) n'est pas une position longitude/latitude (WGS84)", lon, lat));
        }
        Point point = Geometries.point(lon, lat);
        if (!FranceExtent.contains(point)) {
            throw new InvalidFieldException("lon", String.format(Locale.ROOT,
                    "le point (%.5f, %.5f) est hors de France : longitude et latitude inversées ?", lon, lat));
        }
        Set<String> covered = territories.findByConsortiumOrderByName(consortium).stream()
                .flatMap(t -> t.getCommunes().stream()).map(Commune::getInsee).collect(Collectors.toSet());
        return communes.findContaining(point).stream().filter(c -> covered.contains(c.getInsee())).findFirst()
                .map(commune -> new Located(point, commune))
                .orElseThrow(() -> new InvalidFieldException("lon", String.format(Locale.ROOT,
                        "le point (%.5f, %.5f) n'est dans aucune commune de vos territoires", lon, lat)));
    }
}
