package fr.allervers.permanence.plan;

import fr.allervers.territory.HalfDay;
import fr.allervers.territory.Commune;
import fr.allervers.territory.Van;
import fr.allervers.territory.Staff;
import fr.allervers.territory.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.absence.Absences;
import fr.allervers.absence.Period;
import fr.allervers.permanence.daysoff.DaysOff;
import fr.allervers.permanence.domain.DatedHalfDay;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.permanence.targets.CommuneTargets;
import fr.allervers.permanence.targets.Targets;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelTimeProvider;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.VanRepository;
import fr.allervers.territory.WeeklyHalfDays;

/**
 * The one place where the JPA territory model becomes the solver's {@link PermanenceProblem}: the communes of the
 * territory with the coordinator's targets ({@link CommuneTargets}, programme defaults otherwise), the consortium's
 * places in those communes with their demand ({@link PlaceDemand}), its staff and vans with their weekly availability
 * minus their declared absences ({@link Absences}), car travel minutes between places from the application's
 * {@link TravelTimeProvider} (road times with GraphHopper, air distance otherwise; {@link PlaceTravel}), and the consortium's closing days and school holidays ({@link DaysOff}; the problem adds
 * the public holidays itself).
 */
@Service
class TerritoryProblemMapper {

    private final PlaceRepository places;
    private final StaffRepository staff;
    private final VanRepository vans;
    private final PlaceDemand demand;
    private final Absences absences;
    private final CommuneTargets targets;
    private final DaysOff daysOff;
    private final TravelTimeProvider travelTimes;

    TerritoryProblemMapper(PlaceRepository places, StaffRepository staff, VanRepository vans, PlaceDemand demand,
            Absences absences, CommuneTargets targets, DaysOff daysOff, TravelTimeProvider travelTimes) {
        this.daysOff = daysOff;
        this.travelTimes = travelTimes;
        this.places = places;
        this.staff = staff;
        this.vans = vans;
        this.demand = demand;
        this.absences = absences;
        this.targets = targets;
    }

    /**
     * The places in use in the territory's communes, and everyone and every van of the consortium, archived ones
     * included: a stored plan may name them, and {@link #problem} makes them unavailable.
     *
     * @param referencedPlaceIds places of an existing plan: kept even if they no longer lie in the territory or were
     *                           archived since, so that an old plan can always be shown and re-scored
     * @param withDemand         false when only labels are needed (views, exports): demand costs geometry work
     */
    @Transactional(readOnly = true)
    TerritoryData load(Territory territory, Collection<Long> referencedPlaceIds, boolean withDemand) {
        Set<String> insees = territory.getCommunes().stream().map(Commune::getInsee)
                .collect(Collectors.toSet());
        List<Place> territoryPlaces = places.findByConsortium(territory.getConsortium())
                .stream()
                .filter(p -> (!p.isArchived() && insees.contains(p.getCommuneInsee()))
                        || referencedPlaceIds.contains(p.getId()))
                .toList();
        return new TerritoryData(territory, List.copyOf(territory.getCommunes()), territoryPlaces,
                staff.findByConsortiumOrderByRef(territory.getConsortium()),
                vans.findByConsortiumOrderByRef(territory.getConsortium()),
                withDemand ? demand.scores(territory, territoryPlaces) : Map.of());
    }

    PermanenceProblem problem(TerritoryData data, LocalDate from, LocalDate to, int fixedTeams,
                              List<PlannedPermanence> previousPlan) {
        List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
        Map<Long, LonLat> coordinates = new LinkedHashMap<>();
        data.places().forEach(p -> coordinates.put(p.getId(),
                new LonLat(p.getLocation().getX(), p.getLocation().getY())));
        var consortium = data.territory().getConsortium();
        Map<Long, List<Period>> staffAway = absences.staffAway(consortium, from, to);
        Map<Long, List<Period>> vansAway = absences.vansAway(consortium, from, to);
        Map<String, Targets> communeTargets = targets.of(data.territory());
        return PermanenceProblem.builder()
                .dates(dates)
                .communes(data.communes().stream().map(c -> communeTargets.getOrDefault(c.getInsee(), Targets.DEFAULT)
                        .commune(c.getInsee(), c.getName())).toList())
                .places(data.places().stream().map(p -> place(p, data.demand())).toList())
                .staff(data.staff().stream().map(s -> staff(s, Away.of(staffAway.get(s.getId()), dates))).toList())
                .vans(data.vans().stream().map(v -> van(v, Away.of(vansAway.get(v.getId()), dates))).toList())
                .travel(PlaceTravel.byCar(travelTimes, coordinates))
                .fixedTeamsPerSlot(Math.max(fixedTeams, fixedPerSlot(previousPlan)))
                .previousPlan(previousPlan)
                .daysOff(daysOff.daysOff(consortium, from, to))
                .build();
    }

    /** A plan edited by hand may hold more fixed permanences in one half-day than configured: keep them all. */
    private static int fixedPerSlot(List<PlannedPermanence> plan) {
        Map<String, Integer> counts = new HashMap<>();
        plan.stream().filter(p -> p.vanId() == null)
                .forEach(p -> counts.merge(p.date() + "/" + p.halfDay(), 1, Integer::sum));
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** An archived place, person or van is never open or available: a plan that names it can still be scored. */
    private static CandidatePlace place(Place place, Map<Long, Double> demand) {
        return new CandidatePlace(place.getId(), place.getName(), place.getCommuneInsee(),
                SiteKind.valueOf(place.getKind().name()), place.isVanAccessible(),
                place.isArchived() ? Set.of() : weekly(place.getOpening()),
                demand.getOrDefault(place.getId(), 0.0), place.getAvailableFrom(), place.getAvailableTo());
    }

    private static Worker staff(Staff person, Away away) {
        return new Worker(person.getId(), person.getLabel(), Profession.valueOf(person.getRole().name()),
                person.isArchived() ? Set.of() : weekly(person.getAvailability()), away.days(), away.halfDays(), Set.of());
    }

    private static Vehicle van(Van van, Away away) {
        return new Vehicle(van.getId(), van.getLabel(), van.isArchived() ? Set.of() : weekly(van.getAvailability()),
                away.days(), away.halfDays());
    }

    /** Declared absences within the horizon: whole days, and the single half-days at the ends of a period. */
    record Away(Set<LocalDate> days, Set<DatedHalfDay> halfDays) {

        static Away of(List<Period> periods, List<LocalDate> dates) {
            if (periods == null) {
                return new Away(Set.of(), Set.of());
            }
            Set<LocalDate> days = new HashSet<>();
            Set<DatedHalfDay> halfDays = new HashSet<>();
            for (LocalDate date : dates) {
                boolean am = periods.stream().anyMatch(p -> p.covers(date, HalfDay.AM));
                boolean pm = periods.stream().anyMatch(p -> p.covers(date, HalfDay.PM));
                if (am && pm) {
                    days.add(date);
                } else if (am) {
                    halfDays.add(new DatedHalfDay(date, DayPart.AM));
                } else if (pm) {
                    halfDays.add(new DatedHalfDay(date, DayPart.PM));
                }
            }
            return new Away(days, halfDays);
        }
    }

    static Set<WeeklySlot> weekly(WeeklyHalfDays halfDays) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (WeeklyHalfDays.Slot slot : halfDays.slots()) {
            slots.add(new WeeklySlot(slot.day(), DayPart.valueOf(slot.halfDay().name())));
        }
        return Set.copyOf(slots);
    }
}
