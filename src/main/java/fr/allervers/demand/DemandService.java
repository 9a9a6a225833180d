package fr.allervers.demand;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.encounter.EncounterProperties;
import fr.allervers.geo.Geometries;
import fr.allervers.heatmap.HeatmapProperties;
import fr.allervers.geo.MetricGrid;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.Place;
import fr.allervers.territory.Qpv;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/** Measures the three parts of {@link DemandFormula} for the places and communes of a territory. */
@Service
@Transactional(readOnly = true)
public class DemandService implements DemandScores {

    public record Scored<T>(T subject, DemandFormula.Score score) {
    }

    private static final double SQUARE_METRES_PER_KM2 = 1e6;

    private final PlaceRepository places;
    private final HotelRepository hotels;
    private final QpvRepository qpvs;
    private final TerritoryRepository territories;
    private final DemandQueries queries;
    private final DemandProperties properties;
    private final EncounterProperties encounterProperties;
    private final CurrentConsortium currentConsortium;
    private final TenantTerritories tenantTerritories;
    private final int k;

    DemandService(PlaceRepository places, HotelRepository hotels, QpvRepository qpvs, TerritoryRepository territories,
            DemandQueries queries, DemandProperties properties, EncounterProperties encounterProperties,
            CurrentConsortium currentConsortium, TenantTerritories tenantTerritories, HeatmapProperties heatmap) {
        this.places = places;
        this.hotels = hotels;
        this.qpvs = qpvs;
        this.territories = territories;
        this.queries = queries;
        this.properties = properties;
        this.encounterProperties = encounterProperties;
        this.currentConsortium = currentConsortium;
        this.tenantTerritories = tenantTerritories;
        this.k = heatmap.k();
    }

    /** The territory, if it belongs to the current consortium; the only one when no id is given. */
    public Territory territory(Long territoryId) {
        Consortium consortium = currentConsortium.get();
        List<Territory> own = territories.findByConsortiumOrderByName(consortium);
        if (territoryId == null) {
            if (own.size() != 1) {
                throw new IllegalArgumentException("territoryId obligatoire : le consortium a " + own.size()
                        + " territoires");
            }
            return own.get(0);
        }
        return tenantTerritories.require(territoryId);
    }

    @Override
    public Map<Long, Double> forPlaces(Territory territory) {
        return placeScores(territory).stream().collect(Collectors.toMap(s -> s.subject().getId(),
                s -> s.score().total(), (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public Map<String, Double> forCommunes(Territory territory) {
        return communeScores(territory).stream().collect(Collectors.toMap(s -> s.subject().getInsee(),
                s -> s.score().total(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The places of the territory, most demanded first, with the three parts of their score. */
    public List<Scored<Place>> placeScores(Territory detached) {
        Territory territory = reload(detached);
        Consortium consortium = territory.getConsortium();
        Set<String> insees = insees(territory);
        List<Place> inTerritory = places.findActive(consortium).stream()
                .filter(place -> insees.contains(place.getCommuneInsee())).toList();
        QpvOutlines qpvOutlines = qpvsNear(territory);
        List<Hotel> consortiumHotels = hotels.findActive(consortium);
        Instant to = Instant.now();
        Instant from = from(to);
        double radius = properties.radiusMetres();
        Map<Place, DemandFormula.Raw> raws = new LinkedHashMap<>();
        for (Place place : inTerritory) {
            MetricGrid grid = MetricGrid.at(place.getLocation());
            Point centre = grid.toMetric(place.getLocation());
            Geometry reach = centre.buffer(radius, 32);
            double encounters = queries.aroundPoint(consortium.getId(), grid, centre.getCoordinate(), radius, from,
                    to, properties.halfLifeDays());
            // Only the hotels around the place are measured (radius / 50,000 degrees is more than the reach at
            // France's latitudes): far from its meridian, a projection gives numbers, not distances.
            Envelope near = place.getLocation().getEnvelopeInternal();
            near.expandBy(radius / 50_000);
            double hotelCapacity = consortiumHotels.stream()
                    .filter(h -> near.contains(h.getLocation().getCoordinate()))
                    .filter(h -> grid.toMetric(h.getLocation()).distance(centre) <= radius)
                    .mapToDouble(Hotel::getCapacityHouseholds).sum();
            raws.put(place, new DemandFormula.Raw(encounters, qpvPopulationIn(reach, qpvOutlines.in(grid)),
                    hotelCapacity));
        }
        return ranked(DemandFormula.scores(raws, properties.weights()));
    }

    /** The communes of the territory, most demanded first, with the three parts of their score. */
    public List<Scored<Commune>> communeScores(Territory detached) {
        Territory territory = reload(detached);
        Consortium consortium = territory.getConsortium();
        Set<String> insees = insees(territory);
        Instant to = Instant.now();
        Map<String, Double> encounters = queries.perCommune(consortium.getId(), insees, from(to), to,
                properties.halfLifeDays());
        QpvOutlines qpvOutlines = qpvsNear(territory);
        Map<String, Integer> capacity = hotels.findActive(consortium).stream()
                .filter(h -> h.getCommuneInsee() != null)
                .collect(Collectors.groupingBy(Hotel::getCommuneInsee,
                        Collectors.summingInt(Hotel::getCapacityHouseholds)));
        Map<Commune, DemandFormula.Raw> raws = new LinkedHashMap<>();
        for (Commune commune : territory.getCommunes()) {
            MetricGrid grid = MetricGrid.at(commune.getGeometry());
            Geometry outline = grid.toMetric(commune.getGeometry());
            raws.put(commune, new DemandFormula.Raw(encounters.getOrDefault(commune.getInsee(), 0.0),
                    qpvPopulationIn(outline, qpvOutlines.in(grid)), capacity.getOrDefault(commune.getInsee(), 0)));
        }
        return ranked(DemandFormula.scores(raws, properties.weights()));
    }

    /**
     * The commune scores as published to anyone who may only see aggregates (funders). Two parts only: the encounters
     * and the QPV population; the 115 hotels' capacity is neither shown nor counted, since a commune's part would give
     * its hotels' capacity back. The encounters are those of the twelve whole months before this one, decayed from
     * the start of this month, each month of each commune counted only when it holds at least {@code k} encounters:
     * the figures change once a month rather than by the second, and the difference between two months' answers is
     * never fewer than k encounters (see {@code fr.allervers.heatmap.PublishedHeatmap} for the same rule on the map).
     */
    public List<Scored<Commune>> publishedCommuneScores(Territory detached) {
        Territory territory = reload(detached);
        Consortium consortium = territory.getConsortium();
        Set<String> insees = insees(territory);
        YearMonth thisMonth = YearMonth.now(encounterProperties.zone());
        Instant end = start(thisMonth);
        double halfLifeSeconds = properties.halfLifeDays() * 86_400;
        Map<String, Double> encounters = new HashMap<>();
        for (YearMonth month = thisMonth.minusMonths(properties.period().toTotalMonths()); month.isBefore(thisMonth);
                month = month.plusMonths(1)) {
            Instant monthEnd = start(month.plusMonths(1));
            double decay = Math.pow(0.5, Duration.between(monthEnd, end).toSeconds() / halfLifeSeconds);
            queries.countedPerCommune(consortium.getId(), insees, start(month), monthEnd, properties.halfLifeDays())
                    .forEach((insee, counted) -> {
                        if (counted.count() >= k) {
                            encounters.merge(insee, counted.weight() * decay, Double::sum);
                        }
                    });
        }
        QpvOutlines qpvOutlines = qpvsNear(territory);
        Map<Commune, DemandFormula.Raw> raws = new LinkedHashMap<>();
        for (Commune commune : territory.getCommunes()) {
            MetricGrid grid = MetricGrid.at(commune.getGeometry());
            Geometry outline = grid.toMetric(commune.getGeometry());
            raws.put(commune, new DemandFormula.Raw(encounters.getOrDefault(commune.getInsee(), 0.0),
                    qpvPopulationIn(outline, qpvOutlines.in(grid)), 0));
        }
        return ranked(DemandFormula.scores(raws, new DemandFormula.Weights(properties.encountersWeight(),
                properties.qpvWeight(), 0)));
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(encounterProperties.zone()).toInstant();
    }

    /**
     * Callers may hold a territory loaded in another transaction; its communes are read again here, within the
     * territory's own consortium: the permanence solver calls this on its own thread, where no user is signed in and
     * there is no current consortium.
     */
    private Territory reload(Territory territory) {
        return territories.findByIdAndConsortium(territory.getId(), territory.getConsortium())
                .orElseThrow(() -> new NoSuchElementException("territoire " + territory.getId() + " introuvable"));
    }

    private Instant from(Instant to) {
        return to.atZone(encounterProperties.zone()).minus(properties.period()).toInstant();
    }

    private static Set<String> insees(Territory territory) {
        return territory.getCommunes().stream().map(Commune::getInsee).collect(Collectors.toSet());
    }

    /** The QPV around the territory, to be measured in the grid of each place or commune. */
    private QpvOutlines qpvsNear(Territory territory) {
        Envelope extent = new Envelope();
        territory.getCommunes().forEach(c -> extent.expandToInclude(c.getGeometry().getEnvelopeInternal()));
        if (extent.isNull()) {
            return new QpvOutlines(List.of(), properties.qpvDensityPerKm2());
        }
        extent.expandBy(properties.radiusMetres() / 50_000); // about the reach, in degrees, with margin
        return new QpvOutlines(qpvs.findIntersecting(Geometries.FACTORY.toGeometry(extent)),
                properties.qpvDensityPerKm2());
    }

    /**
     * QPV outlines in the metres of a grid, each carrying its (estimated) population as user data. A territory lies in
     * one grid but for the few spanning two UTM zones (Polynésie française), so each grid is projected once.
     */
    private static final class QpvOutlines {

        private final List<Qpv> qpvs;
        private final double densityPerKm2;
        private final Map<MetricGrid, List<Geometry>> byGrid = new EnumMap<>(MetricGrid.class);

        QpvOutlines(List<Qpv> qpvs, double densityPerKm2) {
            this.qpvs = qpvs;
            this.densityPerKm2 = densityPerKm2;
        }

        List<Geometry> in(MetricGrid grid) {
            return byGrid.computeIfAbsent(grid, g -> qpvs.stream().map(qpv -> {
                Geometry outline = g.toMetric(qpv.getGeometry());
                double population = qpv.getPopulation() != null ? qpv.getPopulation()
                        : outline.getArea() / SQUARE_METRES_PER_KM2 * densityPerKm2;
                outline.setUserData(population);
                return outline;
            }).toList());
        }
    }

    /** Population of each QPV times the share of its area inside the area (both in the same metres). */
    private static double qpvPopulationIn(Geometry area, List<Geometry> qpvOutlines) {
        double sum = 0;
        for (Geometry qpv : qpvOutlines) {
            if (qpv.getArea() > 0 && qpv.getEnvelopeInternal().intersects(area.getEnvelopeInternal())) {
                sum += (Double) qpv.getUserData() * qpv.intersection(area).getArea() / qpv.getArea();
            }
        }
        return sum;
    }

    private static <T> List<Scored<T>> ranked(Map<T, DemandFormula.Score> scores) {
        return scores.entrySet().stream().map(e -> new Scored<>(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble((Scored<T> s) -> -s.score().total())).toList();
    }
}
