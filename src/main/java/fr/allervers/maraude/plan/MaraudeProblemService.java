package fr.allervers.maraude.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.demand.DemandScores;
import fr.allervers.geo.Geometries;
import fr.allervers.maraude.domain.RoundRules;
import fr.allervers.maraude.domain.TeamSpec;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSeries;
import fr.allervers.maraude.domain.VisitSpec;
import fr.allervers.maraude.solver.RoundProblem;
import fr.allervers.maraude.solver.RoundProblemBuilder;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelTimeProvider;
import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import fr.allervers.territory.VisitingHours;
import fr.allervers.system.DateRange;

/**
 * The one mapping between the territory's data and the round planner: a request (teams, visits listed or taken
 * from the territory) becomes a stored {@link MaraudePlan}, and a stored plan becomes a {@link RoundProblem}.
 * Every refusal is an {@link IllegalArgumentException} (400) or {@link NoSuchElementException} (404) thrown before
 * anything is written.
 */
@Service
public class MaraudeProblemService {

    /** Bounds of one visit or team, each well beyond real use; above them a value is a mistake. */
    static final int MAX_SERVICE_MINUTES = 8 * 60;
    static final int MAX_DEMAND = 1000;
    static final int MAX_PRIORITY = 100;
    static final int MAX_CAPACITY = 1000;
    static final int MAX_SKILLS = 10;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final TerritoryRepository territories;
    private final HotelRepository hotels;
    private final PlaceRepository places;
    private final CommuneRepository communes;
    private final MaraudePlanRepository plans;
    private final CurrentConsortium currentConsortium;
    private final TenantTerritories tenantTerritories;
    private final TerritoryVisits territoryVisits;
    private final MaraudeProperties properties;
    private final TravelTimeProvider travelTimes;
    private final DemandScores demandScores;
    private final StaffRepository staff;

    MaraudeProblemService(TerritoryRepository territories, HotelRepository hotels, PlaceRepository places,
            CommuneRepository communes, MaraudePlanRepository plans, CurrentConsortium currentConsortium,
            TenantTerritories tenantTerritories, MaraudeProperties properties, TravelTimeProvider travelTimes, DemandScores demandScores,
            StaffRepository staff) {
        this.staff = staff;
        this.territories = territories;
        this.hotels = hotels;
        this.places = places;
        this.communes = communes;
        this.plans = plans;
        this.currentConsortium = currentConsortium;
        this.tenantTerritories = tenantTerritories;
        this.properties = properties;
        this.travelTimes = travelTimes;
        this.demandScores = demandScores;
        this.territoryVisits = new TerritoryVisits(properties);
    }

    /** What the solver needs of a stored plan, read in one short transaction. */
    public record PlanSpecs(long planId, int secondsLimit, List<TeamSpec> teams, List<VisitSpec> visits) {
    }

    /** Checks the request against the caller's consortium and stores the plan, status SOLVING. */
    @Transactional
    public MaraudePlan create(PlanRequest request) {
        Consortium consortium = currentConsortium.get();
        Territory territory = tenantTerritories.require(request.territoryId());
        List<LocalDate> dates = dates(request, properties.maxDays());
        int seconds = secondsLimit(request.secondsLimit());
        MaraudePlan plan = new MaraudePlan(consortium, territory, dates, seconds);
        plan.applyRules(rules(request));
        Lookup lookup = new Lookup(consortium);
        addTeams(plan, request.teams(), lookup);
        addVisits(plan, request, territory, dates, lookup);
        return plans.save(plan);
    }

    /** The stored plan as solver input: one team per team and day, visits with their absolute windows. */
    @Transactional(readOnly = true)
    public PlanSpecs specs(long planId) {
        MaraudePlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("plan " + planId));
        List<TeamSpec> teams = new ArrayList<>();
        List<LocalDate> dates = plan.getDates();
        RoundRules rules = plan.roundRules();
        for (int day = 0; day < dates.size(); day++) {
            for (MaraudeTeam team : plan.getTeams()) {
                teams.add(new TeamSpec(teamDayId(team.getKey(), day), team.getName(), team.getMode(),
                        team.getShiftStart(), team.getShiftEnd(), lonLat(team.getBase()), team.getSkills(),
                        team.getCapacity(), day, rules));
            }
        }
        Map<String, VisitSeries> series = new HashMap<>();
        List<VisitSpec> visits = plan.getVisits().stream()
                .map(v -> new VisitSpec(v.getKey(), v.getName(), v.getKind(), lonLat(v.getLocation()),
                        Duration.ofMinutes(v.getServiceMinutes()), v.windows(), v.getRequiredSkills(), v.getDemand(),
                        v.getPriority(), v.isMandatory(), v.getSeriesKey() == null ? null
                                : series.computeIfAbsent(v.getSeriesKey(),
                                        key -> new VisitSeries(key, v.getEveryDays(), dates)),
                        v.getOccurrence() == null ? 0 : v.getOccurrence()))
                .toList();
        return new PlanSpecs(planId, plan.getSecondsLimit(), teams, visits);
    }

    /** Computes the travel times (road routing may take a while) and builds the solver's problem. */
    public RoundProblem problem(PlanSpecs specs) {
        return new RoundProblemBuilder(travelTimes).build(specs.teams(), specs.visits());
    }

    static String teamDayId(String teamKey, int day) {
        return teamKey + "@" + day;
    }

    private List<LocalDate> dates(PlanRequest request, int maxDays) {
        Set<LocalDate> dates = new TreeSet<>();
        if (request.date() != null) {
            dates.add(DateRange.check(request.date(), "date"));
        }
        if (request.dates() != null) {
            if (request.dates().size() > maxDays) { // before reading them all
                throw new IllegalArgumentException(tooMany(request.dates().size(), maxDays, "jours", "max-days"));
            }
            request.dates().forEach(date -> dates.add(DateRange.check(require(date, "date vide dans « dates »"),
                    "dates")));
        }
        if (request.horizon() != null) {
            dates.addAll(horizonDays(request.horizon()));
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("date manquante : indiquez « date », « dates » (AAAA-MM-JJ) ou un"
                    + " « horizon » ({from, to, weekdays}).");
        }
        LocalDate first = ((TreeSet<LocalDate>) dates).first();
        LocalDate last = ((TreeSet<LocalDate>) dates).last();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span > properties.maxHorizonDays()) {
            throw new IllegalArgumentException("un plan de maraude couvre au plus " + properties.maxHorizonDays()
                    + " jours (du " + first + " au " + last + " : " + span + " jours demandés).");
        }
        if (dates.size() > maxDays) {
            throw new IllegalArgumentException(tooMany(dates.size(), maxDays, "jours", "max-days"));
        }
        return List.copyOf(dates);
    }

    /** The horizon's days on its weekdays; its span is checked before the days are listed. */
    private List<LocalDate> horizonDays(PlanRequest.Horizon horizon) {
        require(horizon.from(), "horizon : « from » manquant (AAAA-MM-JJ)");
        require(horizon.to(), "horizon : « to » manquant (AAAA-MM-JJ)");
        if (horizon.to().isBefore(horizon.from())) {
            throw new IllegalArgumentException("horizon : la fin (" + horizon.to() + ") précède le début ("
                    + horizon.from() + ").");
        }
        long span = ChronoUnit.DAYS.between(horizon.from(), horizon.to()) + 1;
        if (span > properties.maxHorizonDays()) {
            throw new IllegalArgumentException("un plan de maraude couvre au plus " + properties.maxHorizonDays()
                    + " jours (horizon du " + horizon.from() + " au " + horizon.to() + " : " + span + " jours).");
        }
        Set<DayOfWeek> weekdays = horizon.weekdays() == null || horizon.weekdays().isEmpty()
                ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(horizon.weekdays());
        List<LocalDate> days = horizon.from().datesUntil(horizon.to().plusDays(1))
                .filter(day -> weekdays.contains(day.getDayOfWeek())).toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("horizon : aucun des jours de la semaine demandés ne tombe entre le "
                    + horizon.from() + " et le " + horizon.to() + ".");
        }
        return days;
    }

    /** The humane rules: the request's, else the service's settings. */
    private MaraudeRules rules(PlanRequest request) {
        PlanRequest.Lunch lunch = request.lunch();
        LocalTime from = lunch != null && lunch.from() != null ? lunch.from() : properties.lunchFrom();
        LocalTime to = lunch != null && lunch.to() != null ? lunch.to() : properties.lunchTo();
        int minutes = lunch != null && lunch.minutes() != null ? lunch.minutes() : properties.lunchMinutes();
        if (minutes < 0) {
            throw new IllegalArgumentException("pause déjeuner : durée négative (" + minutes + " min).");
        }
        if (minutes > 0 && (!to.isAfter(from) || Duration.between(from, to).toMinutes() < minutes)) {
            throw new IllegalArgumentException("pause déjeuner : " + minutes + " min ne tiennent pas entre " + from
                    + " et " + to + ".");
        }
        double km = request.maxWalkingKm() != null ? request.maxWalkingKm() : properties.maxWalkingKm();
        if (!(km > 0 && km <= 100)) {
            throw new IllegalArgumentException("maxWalkingKm doit être entre 0 et 100 km (reçu " + km + ").");
        }
        double hours = request.maxFootHours() != null ? request.maxFootHours() : properties.maxFootHours();
        if (!(hours > 0 && hours <= 24)) {
            throw new IllegalArgumentException("maxFootHours doit être entre 0 et 24 h (reçu " + hours + ").");
        }
        int balance = Boolean.FALSE.equals(request.balanceWorkloads()) ? 0 : properties.balanceWeight();
        return new MaraudeRules(minutes == 0 ? null : from, to, minutes, Math.round(km * 1000),
                (int) Math.round(hours * 60), balance);
    }

    private int secondsLimit(Integer asked) {
        int seconds = asked == null ? properties.defaultSeconds() : asked;
        if (seconds < 1 || seconds > properties.maxSeconds()) {
            throw new IllegalArgumentException("secondsLimit doit être entre 1 et " + properties.maxSeconds()
                    + " secondes (reçu " + seconds + ").");
        }
        return seconds;
    }

    private void addTeams(MaraudePlan plan, List<PlanRequest.TeamRequest> teams, Lookup lookup) {
        if (teams == null || teams.isEmpty()) {
            throw new IllegalArgumentException("aucune équipe : une maraude a besoin d'au moins une équipe.");
        }
        if (teams.size() > properties.maxTeams()) {
            throw new IllegalArgumentException(tooMany(teams.size(), properties.maxTeams(), "équipes", "max-teams"));
        }
        Set<String> keys = new LinkedHashSet<>();
        Map<Long, String> teamOf = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            PlanRequest.TeamRequest team = require(teams.get(i), "équipe " + (i + 1) + " vide");
            String key = key(team.id(), "equipe-" + (i + 1), "équipe", keys);
            String name = blank(team.name()) ? "Équipe " + (i + 1) : team.name().trim();
            if (name.length() > 120) {
                throw new IllegalArgumentException("équipe " + (i + 1) + " : nom de plus de 120 caractères.");
            }
            String label = "équipe « " + name + " »";
            require(team.mode(), label + " : mode manquant (FOOT à pied ou CAR en véhicule)");
            require(team.shiftStart(), label + " : shiftStart manquant (HH:MM)");
            require(team.shiftEnd(), label + " : shiftEnd manquant (HH:MM)");
            if (!team.shiftEnd().isAfter(team.shiftStart())) {
                throw new IllegalArgumentException(label + " : la fin de service (" + team.shiftEnd()
                        + ") doit suivre le début (" + team.shiftStart() + ").");
            }
            if (team.capacity() != null && team.capacity() < 0) {
                throw new IllegalArgumentException(label + " : capacité négative (" + team.capacity() + ").");
            }
            if (team.capacity() != null) {
                within(team.capacity(), MAX_CAPACITY, label + " : capacity");
            }
            skills(team.skills(), label);
            Long basePlaceId = team.basePlaceId();
            Point base;
            if (basePlaceId != null) {
                base = lookup.place(basePlaceId).getLocation();
            } else if (team.base() != null) {
                base = point(team.base().lon(), team.base().lat(), label + " : base");
            } else {
                throw new IllegalArgumentException(label + " : base manquante (base {lon, lat} ou basePlaceId).");
            }
            List<Staff> members = members(team.members(), name, teamOf, lookup);
            Set<String> skills = new TreeSet<>(team.skills() == null ? Set.of() : team.skills());
            members.forEach(member -> skills.add(member.getRole().name()));
            MaraudeTeam stored = new MaraudeTeam(plan, i, key, name, team.mode(), team.shiftStart(), team.shiftEnd(),
                    basePlaceId, base, skills, team.capacity());
            stored.addMembers(members);
            plan.addTeam(stored);
        }
    }

    /**
     * The team's people, from the consortium's staff (another consortium's id is unknown here: 404). Teams go out on
     * every planned day, so one person in two teams would be in two places the same day.
     */
    private static List<Staff> members(List<Long> ids, String teamName, Map<Long, String> teamOf, Lookup lookup) {
        if (ids == null) {
            return List.of();
        }
        List<Staff> members = new ArrayList<>();
        for (Long id : ids) {
            Staff staff = lookup.staff(require(id, "équipe « " + teamName + " » : membre vide"));
            String other = teamOf.putIfAbsent(id, teamName);
            if (other != null) {
                throw new IllegalArgumentException(other.equals(teamName)
                        ? "équipe « " + teamName + " » : « " + staff.getLabel() + " » est nommé·e deux fois."
                        : "« " + staff.getLabel() + " » ne peut pas être dans deux équipes le même jour (« " + other
                                + " » et « " + teamName + " »).");
            }
            members.add(staff);
        }
        return members;
    }

    private void addVisits(MaraudePlan plan, PlanRequest request, Territory territory, List<LocalDate> dates,
            Lookup lookup) {
        List<VisitDraft> drafts = new ArrayList<>();
        if (Boolean.TRUE.equals(request.fromTerritory())) {
            drafts.addAll(fromTerritory(territory, dates, !Boolean.FALSE.equals(request.hotspots()), lookup));
        }
        List<PlanRequest.VisitRequest> listed = request.visits() == null ? List.of() : request.visits();
        if (listed.size() > properties.maxVisits()) {
            throw new IllegalArgumentException(tooMany(listed.size(), properties.maxVisits(), "visites", "max-visits"));
        }
        for (int i = 0; i < listed.size(); i++) {
            drafts.add(listed(require(listed.get(i), "visite " + (i + 1) + " vide"), i, dates, lookup));
        }
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException(Boolean.TRUE.equals(request.fromTerritory())
                    ? "le territoire n'a aucun hôtel 115, accueil de jour ni point de rue à visiter."
                    : "aucune visite : listez les visites (« visits ») ou demandez « fromTerritory »: true.");
        }
        if (drafts.size() > properties.maxVisits()) {
            throw new IllegalArgumentException(tooMany(drafts.size(), properties.maxVisits(), "visites (listées et"
                    + " prises du territoire)", "max-visits") + " Choisissez un territoire plus petit ou listez les"
                    + " visites.");
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            VisitDraft draft = drafts.get(i);
            plan.addVisit(new MaraudeVisit(plan, i, key(draft.key(), "visite-" + (i + 1), "visite", keys), draft));
        }
    }

    private List<VisitDraft> fromTerritory(Territory territory, List<LocalDate> dates, boolean withHotspots,
            Lookup lookup) {
        Map<String, String> communeNames = new HashMap<>();
        territory.getCommunes().forEach(c -> communeNames.put(c.getInsee(), c.getName()));
        List<Hotel> territoryHotels = lookup.hotels().stream()
                .filter(h -> communeNames.containsKey(h.getCommuneInsee())).toList();
        List<Place> territoryPlaces = lookup.places().stream()
                .filter(p -> communeNames.containsKey(p.getCommuneInsee())).toList();
        Map<Long, LocalDate> lastVisits = lastHotelVisits(lookup.consortium, dates.get(0));
        Map<Long, Double> demand = withHotspots ? demandScores.forPlaces(territory) : Map.of();
        return territoryVisits.drafts(territoryHotels, territoryPlaces, lastVisits, communeNames, dates,
                withHotspots, demand);
    }

    /** When each hotel was last visited, from the stops teams checked off as visited before the first planned day. */
    private Map<Long, LocalDate> lastHotelVisits(Consortium consortium, LocalDate before) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object[] row : plans.findVisitedHotelStops(consortium, before)) {
            LocalDate day = LocalDate.parse(((String) row[1]).split(",")[(Integer) row[2]]);
            if (day.isBefore(before)) {
                last.merge((Long) row[0], day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    private VisitDraft listed(PlanRequest.VisitRequest visit, int index, List<LocalDate> dates, Lookup lookup) {
        String label = "visite " + (index + 1) + (blank(visit.name()) ? "" : " « " + visit.name().trim() + " »");
        VisitKind kind = visit.kind();
        String name = visit.name();
        Point location = null;
        String address = visit.address();
        VisitingHours hours = null;
        List<TimeWindow> placeWindows = null;
        Long hotelId = visit.hotelId();
        Long placeId = visit.placeId();
        if (hotelId != null) {
            Hotel hotel = lookup.hotel(hotelId);
            kind = kind == null ? VisitKind.HOTEL_115 : kind;
            name = blank(name) ? hotel.getName() : name;
            location = hotel.getLocation();
            address = address == null ? lookup.communeName(hotel.getCommuneInsee()) : address;
            hours = hotel.getVisitingHours();
        } else if (placeId != null) {
            Place place = lookup.place(placeId);
            kind = kind == null ? TerritoryVisits.kindOf(place) : kind;
            name = blank(name) ? place.getName() : name;
            location = place.getLocation();
            address = address == null ? lookup.communeName(place.getCommuneInsee()) : address;
            placeWindows = DayWindows.openHalfDays(place.getOpening(), dates);
            if (placeWindows.isEmpty() && visit.windows() == null) {
                throw new IllegalArgumentException(label + " : « " + place.getName()
                        + " » est fermé les jours planifiés.");
            }
        }
        if (visit.lon() != null || visit.lat() != null || location == null) {
            location = point(visit.lon(), visit.lat(), label + " : position");
        }
        if (blank(name)) {
            throw new IllegalArgumentException(label + " : nom manquant.");
        }
        if (visit.windows() != null) {
            hours = VisitingHours.parse(visit.windows());
            placeWindows = null;
        }
        List<TimeWindow> windows = placeWindows != null ? placeWindows
                : hours == null ? List.of() : DayWindows.everyDay(hours, dates);
        int service = visit.serviceMinutes() == null ? 20 : visit.serviceMinutes();
        int demand = visit.demand() == null ? 0 : visit.demand();
        int priority = visit.priority() == null ? 1 : visit.priority();
        if (service < 0 || demand < 0 || priority < 0) {
            throw new IllegalArgumentException(label + " : durée, besoin et priorité ne peuvent pas être négatifs.");
        }
        within(service, MAX_SERVICE_MINUTES, label + " : serviceMinutes");
        within(demand, MAX_DEMAND, label + " : demand");
        within(priority, MAX_PRIORITY, label + " : priority");
        if (name.trim().length() > 200 || (address != null && address.length() > 300)) {
            throw new IllegalArgumentException(label + " : nom (200 caractères) ou adresse (300) trop long.");
        }
        skills(visit.requiredSkills(), label);
        return new VisitDraft(visit.id(), name.trim(), kind == null ? VisitKind.PLACE : kind, hotelId, placeId,
                address, location, service, windows, visit.requiredSkills() == null ? Set.of() : visit.requiredSkills(),
                demand, priority, Boolean.TRUE.equals(visit.mandatory()));
    }

    private static String tooMany(int count, int max, String what, String setting) {
        return "au plus " + max + " " + what + " par plan de maraude (" + count + " demandés ; limite"
                + " allervers.maraude." + setting + ").";
    }

    private static void within(int value, int max, String label) {
        if (value > max) {
            throw new IllegalArgumentException(label + " doit être compris entre 0 et " + max + " (reçu " + value + ").");
        }
    }

    /** Skills are short words (« infirmier », « anglais »); their list is stored in a column of 400 characters. */
    private static void skills(Set<String> skills, String label) {
        if (skills == null) {
            return;
        }
        if (skills.size() > MAX_SKILLS || skills.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 30
                || s.contains(","))) {
            throw new IllegalArgumentException(label + " : au plus " + MAX_SKILLS + " compétences, chacune de 1 à 30"
                    + " caractères sans virgule.");
        }
    }

    private static String key(String asked, String fallback, String what, Set<String> taken) {
        String key = blank(asked) ? fallback : asked.trim();
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("identifiant de " + what + " invalide : « " + key
                    + " » (lettres, chiffres, - et _, 40 caractères au plus).");
        }
        if (!taken.add(key)) {
            throw new IllegalArgumentException("identifiant de " + what + " en double : « " + key + " ».");
        }
        return key;
    }

    private static Point point(Double lon, Double lat, String label) {
        if (lon == null || lat == null) {
            throw new IllegalArgumentException(label + " : lon et lat sont requis.");
        }
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(label + " : (" + lon + ", " + lat
                    + ") n'est pas une position WGS84 lon/lat.");
        }
        return Geometries.point(lon, lat);
    }

    static LonLat lonLat(Point point) {
        return new LonLat(point.getX(), point.getY());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> T require(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message + ".");
        }
        return value;
    }

    /**
     * The consortium's hotels and places, each read once per request, always filtered by consortium. Archived ones
     * are read too, so that asking for one by id says it is archived rather than unknown.
     */
    private final class Lookup {

        private final Consortium consortium;
        private List<Hotel> hotelList;
        private List<Place> placeList;

        Lookup(Consortium consortium) {
            this.consortium = consortium;
        }

        List<Hotel> hotels() {
            if (hotelList == null) {
                hotelList = MaraudeProblemService.this.hotels.findByConsortium(consortium);
            }
            return hotelList;
        }

        List<Place> places() {
            if (placeList == null) {
                placeList = MaraudeProblemService.this.places.findByConsortium(consortium);
            }
            return placeList;
        }

        Hotel hotel(long id) {
            Hotel hotel = hotels().stream().filter(h -> h.getId() == id).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("hôtel inconnu : " + id));
            if (hotel.isArchived()) {
                throw new IllegalArgumentException("l'hôtel « " + hotel.getName() + " » est archivé : il n'est plus"
                        + " proposé aux maraudes.");
            }
            return hotel;
        }

        Place place(long id) {
            Place place = places().stream().filter(p -> p.getId() == id).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("lieu inconnu : " + id));
            if (place.isArchived()) {
                throw new IllegalArgumentException("le lieu « " + place.getName() + " » est archivé : il n'est plus"
                        + " proposé aux maraudes.");
            }
            return place;
        }

        Staff staff(long id) {
            Staff staff = MaraudeProblemService.this.staff.findByIdAndConsortium(id, consortium)
                    .orElseThrow(() -> new NoSuchElementException("personne inconnue : " + id));
            if (staff.isArchived()) {
                throw new IllegalArgumentException("« " + staff.getLabel() + " » est archivé·e : cette personne ne"
                        + " fait plus partie des équipes.");
            }
            return staff;
        }

        String communeName(String insee) {
            return insee == null ? null : communes.findById(insee).map(Commune::getName).orElse(null);
        }
    }
}
