package fr.allervers.layer;

import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.QpvOverlap;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Commune;
import fr.allervers.security.CurrentConsortium;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.geo.BoundingBox;
import fr.allervers.geo.Feature;
import fr.allervers.geo.FeatureCollection;
import fr.allervers.geo.Geometries;
import fr.allervers.security.AuditTrail;

/** The map layers of the territory, as GeoJSON. */
@RestController
@Transactional(readOnly = true)
class LayerController {

    private static final String GEOJSON = "application/geo+json";

    private final CommuneRepository communes;
    private final QpvRepository qpvs;
    private final PlaceRepository places;
    private final HotelRepository hotels;
    private final CurrentConsortium currentConsortium;
    private final AuditTrail auditTrail;

    LayerController(CommuneRepository communes, QpvRepository qpvs, PlaceRepository places, HotelRepository hotels,
            CurrentConsortium currentConsortium, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.communes = communes;
        this.qpvs = qpvs;
        this.places = places;
        this.hotels = hotels;
        this.currentConsortium = currentConsortium;
    }

    @GetMapping(path = "/api/layers/{kind}", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    FeatureCollection layer(@PathVariable String kind, @RequestParam(required = false) String bbox) {
        var area = BoundingBox.parse(bbox).toPolygon();
        List<Feature> features = switch (kind.toLowerCase(Locale.ROOT)) {
            case "communes" -> communes.findIntersecting(area).stream().map(LayerFeatures::of).toList();
            case "qpv" -> qpvs.findIntersecting(area).stream().map(LayerFeatures::of).toList();
            case "places" -> places.findActiveIntersecting(currentConsortium.get(), area).stream().map(LayerFeatures::of).toList();
            case "hotels" -> {
                auditTrail.record(AuditTrail.READ_HOTELS, "/api/layers/hotels?bbox=" + (bbox == null ? "" : bbox));
                yield hotels.findActiveIntersecting(currentConsortium.get(), area).stream().map(LayerFeatures::of).toList();
            }
            default -> throw new NoSuchElementException("couche inconnue : « " + kind
                    + " » (communes, qpv, places, hotels)");
        };
        return new FeatureCollection(features);
    }

    @GetMapping(path = "/api/qpv/at", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    Feature qpvAt(@RequestParam double lon, @RequestParam double lat) {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) { // also false for NaN
            throw new IllegalArgumentException("(" + lon + ", " + lat + ") n'est pas une position WGS84 : lon entre"
                    + " -180 et 180, lat entre -90 et 90");
        }
        return qpvs.findContaining(Geometries.point(lon, lat)).stream().findFirst().map(LayerFeatures::of)
                .orElseThrow(() -> new NoSuchElementException("aucun QPV ne contient le point (" + lon + ", " + lat + ")"));
    }

    @GetMapping(path = "/api/communes/{insee}/qpv", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    FeatureCollection qpvOfCommune(@PathVariable String insee) {
        Commune commune = communes.findById(insee)
                .orElseThrow(() -> new NoSuchElementException("commune inconnue : " + insee));
        return new FeatureCollection(qpvs.findIntersecting(commune.getGeometry()).stream()
                .filter(qpv -> QpvOverlap.isMeaningful(qpv, commune))
                .map(LayerFeatures::of).toList());
    }
}
