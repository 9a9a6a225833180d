package fr.allervers.maraude.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import fr.allervers.geo.Geometries;
import fr.allervers.routing.Leg;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.TravelTimeProvider;

/**
 * The path of a round, base → stops → base, as one line: the provider's leg geometry (roads with GraphHopper,
 * straight lines with the air-distance provider). A leg the provider cannot route falls back to a straight line,
 * so the drawn route never skips a stop.
 */
final class RoundRoutes {

    record Route(LineString line, double distanceMetres) {
    }

    private final TravelTimeProvider travelTimes;

    RoundRoutes(TravelTimeProvider travelTimes) {
        this.travelTimes = travelTimes;
    }

    /** @return the route, or empty when the round has no stop */
    Optional<Route> route(LonLat base, List<LonLat> stops, TravelMode mode) {
        if (stops.isEmpty()) {
            return Optional.empty();
        }
        List<LonLat> path = new ArrayList<>();
        path.add(base);
        path.addAll(stops);
        path.add(base);
        List<Coordinate> coordinates = new ArrayList<>();
        double distance = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            LonLat from = path.get(i);
            LonLat to = path.get(i + 1);
            Optional<Leg> leg = from.equals(to) ? Optional.empty() : travelTimes.leg(from, to, mode);
            Coordinate[] legCoordinates = leg.map(l -> l.geometry().getCoordinates())
                    .orElseGet(() -> new Coordinate[] {from.toCoordinate(), to.toCoordinate()});
            distance += leg.map(Leg::distanceMetres).orElse(0.0);
            for (Coordinate c : legCoordinates) {
                if (coordinates.isEmpty() || !coordinates.get(coordinates.size() - 1).equals2D(c)) {
                    coordinates.add(c);
                }
            }
        }
        if (coordinates.size() == 1) {
            coordinates.add(coordinates.get(0));
        }
        return Optional.of(new Route(Geometries.FACTORY.createLineString(coordinates.toArray(Coordinate[]::new)),
                distance));
    }
}
