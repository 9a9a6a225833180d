package fr.allervers.demo;

import fr.allervers.encounter.PartnerKind;
import fr.allervers.encounter.EncounterStore;
import fr.allervers.encounter.EncounterSource;
import fr.allervers.encounter.EncounterRepository;
import fr.allervers.encounter.EncounterProperties;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterDraft;
import fr.allervers.encounter.EncounterContext;
import fr.allervers.encounter.EncounterCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Qpv;
import fr.allervers.territory.QpvRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import fr.allervers.system.ServerOnly;

/**
 * Gives the demo territory a <b>synthetic</b> encounter history, so that the heatmap and the demand score show
 * something on first start: about 2,000 encounters over the last twelve months, around the demo places (at
 * permanences), hotels (on maraudes) and QPV (elsewhere), with publics and outcomes in plausible proportions.
 * Seeded, hence the same history relative to the day of the first start; stored with source DEMO; loaded once.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "allervers.demo.enabled", havingValue = "true")
@ServerOnly
public class DemoEncounterLoader implements ApplicationRunner {

    static final int ENCOUNTERS = 2_000;
    private static final long SEED = 20_240_601L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoEncounterLoader.class);

    /** A place people are met around, how much they are, and how they are met there. */
    private record Hotspot(Coordinate lambert93, double spreadMetres, double weight, EncounterContext context) {
    }

    private final ConsortiumRepository consortia;
    private final OrganisationRepository organisations;
    private final PlaceRepository places;
    private final HotelRepository hotels;
    private final QpvRepository qpvs;
    private final TerritoryRepository territories;
    private final EncounterRepository encounters;
    private final EncounterStore store;
    private final EncounterProperties properties;

    DemoEncounterLoader(ConsortiumRepository consortia, OrganisationRepository organisations, PlaceRepository places,
            HotelRepository hotels, QpvRepository qpvs, TerritoryRepository territories, EncounterRepository encounters,
            EncounterStore store, EncounterProperties properties) {
        this.consortia = consortia;
        this.organisations = organisations;
        this.places = places;
        this.hotels = hotels;
        this.qpvs = qpvs;
        this.territories = territories;
        this.encounters = encounters;
        this.store = store;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        consortia.findByName(DemoTerritoryLoader.CONSORTIUM).ifPresent(this::seed);
    }

    /** The synthetic history of a demo consortium, once. */
    @Transactional
    public void seed(Consortium consortium) {
        if (encounters.existsByConsortiumAndSource(consortium, EncounterSource.DEMO)) {
            return;
        }
        List<Organisation> teams = organisations.findByConsortiumOrderByName(consortium);
        List<Hotspot> hotspots = hotspots(consortium);
        if (teams.isEmpty() || hotspots.isEmpty()) {
            return;
        }
        List<EncounterDraft> drafts = generate(hotspots, teams, Instant.now(), new Random(SEED));
        store.save(drafts, consortium, EncounterSource.DEMO);
        LOG.info("Demo encounter history loaded: {} synthetic encounters over the last 12 months", drafts.size());
    }

    private List<Hotspot> hotspots(Consortium consortium) {
        List<Hotspot> hotspots = new ArrayList<>();
        places.findByConsortium(consortium).forEach(place -> hotspots.add(new Hotspot(
                lambert93(place.getLocation()), 120, place.getKind() == PlaceKind.MARKET ? 3 : 2,
                EncounterContext.PERMANENCE)));
        hotels.findByConsortium(consortium).forEach(hotel -> hotspots.add(new Hotspot(
                lambert93(hotel.getLocation()), 40, hotel.getCapacityHouseholds() / 10.0, EncounterContext.MARAUDE)));
        hotspots.addAll(qpvHotspots(consortium));
        return hotspots;
    }

    /**
     * One hotspot per QPV hosted by the demo communes, at the heart of its part inside them: a QPV may straddle a
     * commune outside the territory (Etats-Unis - Langlet Santy lies mostly in Lyon), where no encounter belongs.
     */
    private List<Hotspot> qpvHotspots(Consortium consortium) {
        Set<Commune> communes = territories.findByConsortiumOrderByName(consortium).stream()
                .filter(t -> t.getName().equals(DemoTerritoryLoader.TERRITORY)).findFirst()
                .map(Territory::getCommunes).orElse(Set.of());
        if (communes.isEmpty()) {
            return List.of();
        }
        Set<String> insees = communes.stream().map(Commune::getInsee).collect(Collectors.toSet());
        Geometry territory = Geometries.withWgs84(Geometries.FACTORY
                .buildGeometry(communes.stream().map(Commune::getGeometry).toList()).union());
        List<Hotspot> hotspots = new ArrayList<>();
        for (Qpv qpv : qpvs.findIntersecting(territory)) {
            Geometry inside = qpv.getGeometry().intersection(territory);
            if (Collections.disjoint(qpv.getCommuneInsees(), insees) || inside.getArea() == 0) {
                continue;
            }
            hotspots.add(new Hotspot(lambert93(inside.getInteriorPoint()), 350,
                    (qpv.getPopulation() == null ? 1000 : qpv.getPopulation()) / 1500.0, EncounterContext.OTHER));
        }
        return hotspots;
    }

    private List<EncounterDraft> generate(List<Hotspot> hotspots, List<Organisation> teams, Instant now,
            Random random) {
        double totalWeight = hotspots.stream().mapToDouble(Hotspot::weight).sum();
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        List<EncounterDraft> drafts = new ArrayList<>(ENCOUNTERS);
        for (int i = 0; i < ENCOUNTERS; i++) {
            Hotspot hotspot = pick(hotspots, totalWeight, random);
            Coordinate lonLat = CrsTransformer.toWgs84(hotspot.lambert93().x + random.nextGaussian() * hotspot.spreadMetres(),
                    hotspot.lambert93().y + random.nextGaussian() * hotspot.spreadMetres(), CrsTransformer.LAMBERT_93);
            Point point = Geometries.point(lonLat.x, lonLat.y);
            EncounterCategory category = category(hotspot.context(), random);
            EncounterOutcome outcome = outcome(random);
            drafts.add(new EncounterDraft(i + 1, metAt(today, now, random), point,
                    teams.get(random.nextInt(teams.size())).getId().toString(), hotspot.context(), null, category,
                    outcome, outcome == EncounterOutcome.ORIENTED ? partner(category, random) : null,
                    people(hotspot.context(), random)));
        }
        return drafts;
    }

    private static Hotspot pick(List<Hotspot> hotspots, double totalWeight, Random random) {
        double target = random.nextDouble() * totalWeight;
        for (Hotspot hotspot : hotspots) {
            target -= hotspot.weight();
            if (target <= 0) {
                return hotspot;
            }
        }
        return hotspots.get(hotspots.size() - 1);
    }

    /** A working day of the last year, activity growing as the project settles (sqrt: more recent, more often). */
    private Instant metAt(LocalDate today, Instant now, Random random) {
        while (true) {
            int daysAgo = (int) (365 * (1 - Math.sqrt(random.nextDouble())));
            LocalDate day = today.minusDays(daysAgo);
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            ZonedDateTime at = day.atTime(LocalTime.of(9, 0)).plusMinutes(random.nextInt(8 * 60))
                    .atZone(properties.zone());
            if (!at.toInstant().isAfter(now.minus(Duration.ofHours(1)))) {
                return at.toInstant();
            }
        }
    }

    private static EncounterCategory category(EncounterContext context, Random random) {
        double r = random.nextDouble();
        return switch (context) {
            // 115 hotels: mostly families waiting for asylum or temporary protection.
            case MARAUDE -> r < 0.5 ? EncounterCategory.NEWLY_ARRIVED : r < 0.75 ? EncounterCategory.HOMELESS
                    : r < 0.85 ? EncounterCategory.YOUNG_16_25 : EncounterCategory.OTHER;
            case PERMANENCE -> r < 0.35 ? EncounterCategory.YOUNG_16_25 : r < 0.55 ? EncounterCategory.NEWLY_ARRIVED
                    : r < 0.7 ? EncounterCategory.HOMELESS : r < 0.75 ? EncounterCategory.LEAVING_PRISON
                    : EncounterCategory.OTHER;
            case OTHER -> r < 0.45 ? EncounterCategory.YOUNG_16_25 : r < 0.6 ? EncounterCategory.NEWLY_ARRIVED
                    : r < 0.65 ? EncounterCategory.LEAVING_PRISON : EncounterCategory.OTHER;
        };
    }

    /** The funnel: most people are informed, fewer oriented, fewer come back, fewer still sign up. */
    private static EncounterOutcome outcome(Random random) {
        double r = random.nextDouble();
        return r < 0.55 ? EncounterOutcome.INFORMED : r < 0.80 ? EncounterOutcome.ORIENTED
                : r < 0.92 ? EncounterOutcome.CAME_BACK : EncounterOutcome.SIGNED_UP;
    }

    private static PartnerKind partner(EncounterCategory category, Random random) {
        double r = random.nextDouble();
        if (category == EncounterCategory.YOUNG_16_25) {
            return r < 0.6 ? PartnerKind.MISSION_LOCALE : r < 0.8 ? PartnerKind.FRANCE_TRAVAIL : PartnerKind.HEALTH;
        }
        return r < 0.35 ? PartnerKind.FRANCE_TRAVAIL : r < 0.55 ? PartnerKind.HOUSING : r < 0.7 ? PartnerKind.CCAS
                : r < 0.85 ? PartnerKind.HEALTH : PartnerKind.OTHER;
    }

    private static int people(EncounterContext context, Random random) {
        double r = random.nextDouble();
        if (context == EncounterContext.MARAUDE) {
            return r < 0.4 ? 1 : r < 0.6 ? 2 : 3 + random.nextInt(4);
        }
        return r < 0.75 ? 1 : r < 0.92 ? 2 : 3 + random.nextInt(2);
    }

    private static Coordinate lambert93(org.locationtech.jts.geom.Geometry wgs84) {
        return CrsTransformer.toLambert93(wgs84).getCoordinate();
    }
}
