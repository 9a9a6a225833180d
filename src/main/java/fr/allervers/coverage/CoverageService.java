package fr.allervers.coverage;

import fr.allervers.territory.Commune;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.coverage.CoverageReport.CommuneCoverage;
import fr.allervers.coverage.CoverageReport.Indicators;
import fr.allervers.coverage.CoverageReport.QpvCoverage;
import fr.allervers.geo.Geometries;
import fr.allervers.geo.MetricGrid;
import fr.allervers.permanence.plan.PublishedPlans;
import fr.allervers.permanence.plan.PublishedPlans.Held;
import fr.allervers.permanence.targets.CommuneTargets;
import fr.allervers.permanence.targets.TargetSituation;
import fr.allervers.permanence.targets.Targets;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Qpv;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/** Builds the funders' monthly coverage of a territory from the published permanence plans, QPV and places. */
@Service
@Transactional(readOnly = true)
class CoverageService {

    private final TerritoryRepository territories;
    private final PlaceRepository places;
    private final QpvRepository qpvs;
    private final HotelRepository hotels;
    private final PublishedPlans permanences;
    private final HotelVisits hotelVisits;
    private final CommuneTargets targets;
    private final CurrentConsortium currentConsortium;
    private final TenantTerritories tenantTerritories;
    private final CoverageProperties properties;

    CoverageService(TerritoryRepository territories, PlaceRepository places, QpvRepository qpvs,
            HotelRepository hotels, PublishedPlans permanences, HotelVisits hotelVisits, CommuneTargets targets,
            CurrentConsortium currentConsortium, TenantTerritories tenantTerritories, CoverageProperties properties) {
        this.territories = territories;
        this.places = places;
        this.qpvs = qpvs;
        this.hotels = hotels;
        this.permanences = permanences;
        this.hotelVisits = hotelVisits;
        this.targets = targets;
        this.currentConsortium = currentConsortium;
        this.tenantTerritories = tenantTerritories;
        this.properties = properties;
    }

    CoverageReport report(long territoryId, YearMonth month) {
        Consortium consortium = currentConsortium.get();
        Territory territory = tenantTerritories.require(territoryId);
        Set<String> insees = territory.getCommunes().stream().map(Commune::getInsee)
                .collect(Collectors.toSet());
        Map<Long, Place> placeById = places.findByConsortium(consortium).stream()
                .collect(Collectors.toMap(Place::getId, Function.identity()));
        List<Held> permanencesOfMonth = permanences.held(consortium, territoryId, month.atDay(1),
                month.atEndOfMonth()).stream().filter(h -> placeById.containsKey(h.placeId())).toList();
        LocalDateTime now = LocalDateTime.now(ZoneId.of(properties.zone()));
        LocalDate today = now.toLocalDate();

        List<CommuneCoverage> communes = communes(territory, permanencesOfMonth, placeById, month, now);
        List<QpvCoverage> qpv = qpv(territory, insees, permanencesOfMonth, placeById, now);
        Set<Long> territoryHotels = hotels.findActive(consortium).stream()
                .filter(h -> insees.contains(h.getCommuneInsee())).map(Hotel::getId).collect(Collectors.toSet());
        // Visits of the month asked for, up to today: a month to come has none.
        LocalDate lastDay = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        Set<Long> visited = lastDay.isBefore(month.atDay(1)) ? new HashSet<>()
                : new HashSet<>(hotelVisits.visited(consortium.getId(), month.atDay(1), lastDay));
        visited.retainAll(territoryHotels);
        int covered = (int) qpv.stream().filter(QpvCoverage::covered).count();
        int held = (int) permanencesOfMonth.stream().filter(h -> h.isHeld(now)).count();
        Indicators indicators = new Indicators(communes.size(),
                (int) communes.stream().filter(CommuneCoverage::onTarget).count(),
                (int) communes.stream().filter(c -> c.situation() == TargetSituation.IN_PROGRESS).count(),
                permanencesOfMonth.size(), held, permanencesOfMonth.size() - held, qpv.size(), covered,
                qpv.isEmpty() ? 0 : (double) covered / qpv.size(), territoryHotels.size(), visited.size(),
                !today.isBefore(month.atDay(1)) && !today.isAfter(month.atEndOfMonth()));
        return new CoverageReport(territoryId, territory.getName(), month, communes, qpv, indicators);
    }

    private List<CommuneCoverage> communes(Territory territory, List<Held> permanencesOfMonth,
            Map<Long, Place> placeById, YearMonth month, LocalDateTime now) {
        Map<String, Targets> set = targets.of(territory);
        Map<String, int[]> counts = new HashMap<>();
        for (Held h : permanencesOfMonth) {
            int[] c = counts.computeIfAbsent(placeById.get(h.placeId()).getCommuneInsee(), k -> new int[2]);
            c[h.isHeld(now) ? 0 : 1]++;
        }
        return territory.getCommunes().stream()
                .sorted(Comparator.comparing(Commune::getName))
                .map(c -> {
                    int[] n = counts.getOrDefault(c.getInsee(), new int[2]);
                    int target = set.getOrDefault(c.getInsee(), Targets.DEFAULT).minPerMonth();
                    TargetSituation situation = TargetSituation.of(n[0], target, month, now.toLocalDate());
                    return new CommuneCoverage(c.getInsee(), c.getName(), n[0], n[1], target, situation,
                            situation.describe(n[0], n[1], target));
                })
                .toList();
    }

    private List<QpvCoverage> qpv(Territory territory, Set<String> insees, List<Held> held,
            Map<Long, Place> placeById, LocalDateTime now) {
        Envelope envelope = new Envelope();
        territory.getCommunes().forEach(c -> envelope.expandToInclude(c.getGeometry().getEnvelopeInternal()));
        if (envelope.isNull()) {
            return List.of();
        }
        // Places in the metres of each QPV's grid: Lambert-93 in the metropolis, the territory's projection overseas.
        Map<MetricGrid, Map<Long, Point>> metricPlace = new EnumMap<>(MetricGrid.class);
        return qpvs.findIntersecting(Geometries.envelope(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                        envelope.getMaxY())).stream()
                .filter(q -> q.getCommuneInsees().stream().anyMatch(insees::contains))
                .sorted(Comparator.comparing(Qpv::getName))
                .map(q -> {
                    MetricGrid grid = MetricGrid.at(q.getGeometry());
                    Geometry metric = grid.toMetric(q.getGeometry());
                    Map<Long, Point> places = metricPlace.computeIfAbsent(grid, g -> new HashMap<>());
                    List<Held> nearby = held.stream().filter(h -> metric.isWithinDistance(places.computeIfAbsent(
                            h.placeId(), id -> grid.toMetric(placeById.get(id).getLocation())),
                            properties.qpvNearbyMetres())).toList();
                    int heldNearby = (int) nearby.stream().filter(h -> h.isHeld(now)).count();
                    return new QpvCoverage(q.getCode(), q.getName(), nearby.size(), heldNearby, heldNearby > 0);
                })
                .toList();
    }
}
