package fr.allervers.permanence.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.Place;
import fr.allervers.territory.Qpv;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.Territory;

/**
 * The fallback demand when a consortium has no field data yet: the QPV population living within {@value #RADIUS_M} m
 * of the place (each QPV counts in proportion of its area inside the 500 m disc: populations are published per QPV,
 * not per street) plus ten times the 115-hotel capacity (households) within 500 m, divided by the highest such sum
 * among the places. Computed with JTS in Lambert-93 metres.
 */
@Component
class QpvHotelPlaceDemand implements PlaceDemand {

    static final double RADIUS_M = 500;
    static final int HOTEL_WEIGHT = 10;
    /** About 1 km in degrees at the latitude of France: wider than the radius, for the database pre-filter. */
    private static final double MARGIN_DEGREES = 0.012;

    private final QpvRepository qpvs;
    private final HotelRepository hotels;

    QpvHotelPlaceDemand(QpvRepository qpvs, HotelRepository hotels) {
        this.qpvs = qpvs;
        this.hotels = hotels;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Double> scores(Territory territory, List<Place> places) {
        Map<Long, Double> raw = new HashMap<>();
        if (places.isEmpty()) {
            return raw;
        }
        Envelope envelope = new Envelope();
        places.forEach(p -> envelope.expandToInclude(p.getLocation().getCoordinate()));
        envelope.expandBy(MARGIN_DEGREES);
        Geometry area = Geometries.envelope(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                envelope.getMaxY());
        List<Qpv> nearbyQpv = qpvs.findIntersecting(area);
        List<Hotel> nearbyHotels = hotels.findIntersecting(territory.getConsortium(), area);
        List<Geometry> qpvMetric = nearbyQpv.stream().map(q -> (Geometry) CrsTransformer.toLambert93(q.getGeometry()))
                .toList();
        List<Point> hotelMetric = nearbyHotels.stream().map(h -> CrsTransformer.toLambert93(h.getLocation())).toList();
        for (Place place : places) {
            Point at = CrsTransformer.toLambert93(place.getLocation());
            Geometry disc = at.buffer(RADIUS_M, 16);
            double population = 0;
            for (int i = 0; i < nearbyQpv.size(); i++) {
                Geometry qpv = qpvMetric.get(i);
                Integer inhabitants = nearbyQpv.get(i).getPopulation();
                if (inhabitants != null && qpv.getArea() > 0 && qpv.intersects(disc)) {
                    population += inhabitants * qpv.intersection(disc).getArea() / qpv.getArea();
                }
            }
            double households = 0;
            for (int i = 0; i < nearbyHotels.size(); i++) {
                if (hotelMetric.get(i).distance(at) <= RADIUS_M) {
                    households += nearbyHotels.get(i).getCapacityHouseholds();
                }
            }
            raw.put(place.getId(), population + HOTEL_WEIGHT * households);
        }
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Long, Double> normalised = new HashMap<>();
        raw.forEach((id, value) -> normalised.put(id, max > 0 ? Math.round(value / max * 100) / 100.0 : 0));
        return normalised;
    }
}
