package fr.allervers.layer;

import fr.allervers.territory.Qpv;
import fr.allervers.territory.Place;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.Commune;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.allervers.geo.Feature;
import fr.allervers.geo.FeatureProperties;

/** How each territory entity is drawn on the map: its GeoJSON feature and properties. */
final class LayerFeatures {

    private LayerFeatures() {
    }

    static Feature of(Commune commune) {
        Map<String, Object> properties = FeatureProperties.read(commune.getProperties());
        properties.putIfAbsent("code", commune.getInsee());
        properties.putIfAbsent("nom", commune.getName());
        if (commune.getPopulation() != null) {
            properties.putIfAbsent("population", commune.getPopulation());
        }
        return new Feature(commune.getInsee(), commune.getGeometry(), properties);
    }

    static Feature of(Qpv qpv) {
        Map<String, Object> properties = FeatureProperties.read(qpv.getProperties());
        properties.putIfAbsent("code_qp", qpv.getCode());
        properties.putIfAbsent("lib_qp", qpv.getName());
        properties.putIfAbsent("insee_com", String.join(", ", qpv.getCommuneInsees()));
        return new Feature(qpv.getCode(), qpv.getGeometry(), properties);
    }

    static Feature of(Place place) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", place.getId());
        properties.put("ref", place.getRef());
        properties.put("nom", place.getName());
        properties.put("type", place.getKind().name());
        properties.put("type_libelle", place.getKind().label());
        properties.put("insee", place.getCommuneInsee());
        properties.put("camion", place.isVanAccessible());
        properties.put("ouverture", place.getOpening().canonical());
        if (place.getAvailableFrom() != null || place.getAvailableTo() != null) {
            properties.put("du", place.getAvailableFrom() == null ? null : place.getAvailableFrom().toString());
            properties.put("au", place.getAvailableTo() == null ? null : place.getAvailableTo().toString());
        }
        return new Feature(place.getId(), place.getLocation(), properties);
    }

    static Feature of(Hotel hotel) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", hotel.getId());
        properties.put("ref", hotel.getRef());
        properties.put("nom", hotel.getName());
        properties.put("insee", hotel.getCommuneInsee());
        properties.put("capacite", hotel.getCapacityHouseholds());
        properties.put("horaires", hotel.getVisitingHours().canonical());
        properties.put("frequence_jours", hotel.getVisitEveryDays());
        return new Feature(hotel.getId(), hotel.getLocation(), properties);
    }
}
