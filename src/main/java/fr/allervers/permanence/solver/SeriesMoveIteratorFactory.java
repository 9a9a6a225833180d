package fr.allervers.permanence.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.permanence.domain.Worker;

/**
 * Endless random moves on whole weekly series, for local search. A good plan repeats itself: each place has its
 * weekday, half-day and team. Once the plan is regular, changing one week at a time only makes it irregular (and
 * moving one permanence to another half-day breaks the monthly maximum until the old one goes), so the search sticks
 * in plans where, say, a commune would be better served at another place on another half-day. Three kinds of move,
 * a third of the picks each:
 * <ul>
 *     <li><b>place exchange</b>: every permanence at place A goes to place B and every permanence at B to A (B
 *     unused: the series moves to B);</li>
 *     <li><b>slot exchange</b>: for two weekly slots (of the same van, or of any two vans or teams), every week the
 *     two permanences exchange their places, and their seats their people where each may take the other's;</li>
 *     <li><b>relocation</b>: the series of one place on one weekly slot moves, week by week, to a free permanence
 *     of another weekly slot (any van or team) at another place of the same commune, with its people where they
 *     may, so that the commune's monthly counts do not change.</li>
 * </ul>
 * Permanences (or weeks) for which the change is not allowed (place closed that half-day, pinned, person not
 * available, other permanence already held) keep what they have; a move that changes nothing is not doable. Tuned
 * on the generated instances of {@code scripts/bench-permanence.sh}: without these moves the search stopped 1 to 8 %
 * under the proven optimum of two small instances and about 4 % under CP-SAT's plan on the medium one.
 */
public class SeriesMoveIteratorFactory implements MoveIteratorFactory<PermanenceSchedule, SeriesMove> {

    /**
     * The permanences of one van (null: a fixed team, the n-th of its half-day) on one weekly slot, by the Monday
     * of their week.
     */
    private record Lane(Long vanId, int fixedTeam, WeeklySlot weekly) {
    }

    private PermanenceSchedule indexed;
    private Map<Lane, Map<LocalDate, Permanence>> weeksByLane;
    /** The lanes of each van; the fixed teams' under null. */
    private Map<Long, List<Lane>> lanesByVan;
    private List<Lane> allLanes;
    private Map<Long, List<Seat>> seatsByPermanence;
    private Map<Permanence, Lane> laneOf;

    @Override
    public void phaseStarted(ScoreDirector<PermanenceSchedule> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<PermanenceSchedule> scoreDirector) {
        indexed = null;
        weeksByLane = null;
        lanesByVan = null;
        allLanes = null;
        seatsByPermanence = null;
        laneOf = null;
    }

    /** The lanes never change during solving, only the places and people in them. */
    private void index(PermanenceSchedule schedule) {
        if (indexed == schedule) {
            return;
        }
        weeksByLane = new LinkedHashMap<>();
        lanesByVan = new HashMap<>();
        laneOf = new HashMap<>();
        Map<Slot, Integer> fixedTeams = new HashMap<>();
        for (Permanence permanence : schedule.getPermanences()) {
            int fixedTeam = permanence.isMobile() ? 0 : fixedTeams.merge(permanence.getSlot(), 1, Integer::sum);
            Lane lane = new Lane(permanence.isMobile() ? permanence.getVan().id() : null, fixedTeam,
                    permanence.getSlot().weekly());
            laneOf.put(permanence, lane);
            weeksByLane.computeIfAbsent(lane, l -> {
                lanesByVan.computeIfAbsent(l.vanId(), v -> new ArrayList<>()).add(l);
                return new HashMap<>();
            }).put(permanence.getSlot().date().with(DayOfWeek.MONDAY), permanence);
        }
        seatsByPermanence = schedule.seatsByPermanence();
        allLanes = List.copyOf(weeksByLane.keySet());
        indexed = schedule;
    }

    @Override
    public long getSize(ScoreDirector<PermanenceSchedule> scoreDirector) {
        PermanenceSchedule schedule = scoreDirector.getWorkingSolution();
        return (long) schedule.getPermanences().size() * Math.max(1, schedule.getPlaces().size());
    }

    @Override
    public Iterator<SeriesMove> createOriginalMoveIterator(ScoreDirector<PermanenceSchedule> scoreDirector) {
        throw new UnsupportedOperationException("Series moves are random only (selectionOrder RANDOM)");
    }

    @Override
    public Iterator<SeriesMove> createRandomMoveIterator(ScoreDirector<PermanenceSchedule> scoreDirector,
            Random random) {
        PermanenceSchedule schedule = scoreDirector.getWorkingSolution();
        index(schedule);
        List<Permanence> permanences = schedule.getPermanences();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SeriesMove next() {
                if (permanences.isEmpty()) {
                    return nothing();
                }
                Permanence seed = permanences.get(random.nextInt(permanences.size()));
                return switch (random.nextInt(3)) {
                    case 0 -> placeExchange(permanences, seed, random);
                    case 1 -> slotExchange(seed, random);
                    default -> relocation(seed, random);
                };
            }
        };
    }

    private static SeriesMove nothing() {
        return new SeriesMove(List.of(), List.of(), List.of(), List.of());
    }

    static SeriesMove placeExchange(List<Permanence> permanences, Permanence seed, Random random) {
        CandidatePlace from = seed.getPlace();
        List<CandidatePlace> candidates = seed.getCandidatePlaces();
        if (from == null || candidates.size() < 2) {
            return nothing();
        }
        CandidatePlace to = candidates.get(random.nextInt(candidates.size()));
        if (to.equals(from)) {
            return nothing();
        }
        List<Permanence> moved = new ArrayList<>();
        List<CandidatePlace> places = new ArrayList<>();
        for (Permanence permanence : permanences) {
            CandidatePlace place = permanence.getPlace();
            CandidatePlace other = from.equals(place) ? to : to.equals(place) ? from : null;
            if (other != null && !permanence.isPinned() && permanence.getCandidatePlaces().contains(other)) {
                moved.add(permanence);
                places.add(other);
            }
        }
        return new SeriesMove(moved, places, List.of(), List.of());
    }

    SeriesMove slotExchange(Permanence seed, Random random) {
        Lane lane = laneOf.get(seed);
        List<Lane> lanes = random.nextBoolean() ? lanesByVan.get(lane.vanId()) : allLanes;
        Lane other = lanes.get(random.nextInt(lanes.size()));
        if (other.equals(lane)) {
            return nothing();
        }
        Map<LocalDate, Permanence> otherWeeks = weeksByLane.get(other);
        List<Permanence> moved = new ArrayList<>();
        List<CandidatePlace> places = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Worker> staff = new ArrayList<>();
        weeksByLane.get(lane).forEach((monday, first) -> {
            Permanence second = otherWeeks.get(monday);
            if (second != null && exchangeable(first, second)) {
                moved.add(first);
                places.add(second.getPlace());
                moved.add(second);
                places.add(first.getPlace());
                exchangeSeats(first, second, seats, staff);
            }
        });
        return new SeriesMove(moved, places, seats, staff);
    }

    /**
     * The series of the seed's place on the seed's lane moves, week by week, to another lane (another weekly slot,
     * van or team) and another place of the same commune, where that lane is free that week; its people follow
     * where they may. Monthly counts stay as they were, so the monthly maximum does not stand in the way.
     */
    SeriesMove relocation(Permanence seed, Random random) {
        CandidatePlace from = seed.getPlace();
        if (from == null) {
            return nothing();
        }
        Lane lane = laneOf.get(seed);
        Lane target = allLanes.get(random.nextInt(allLanes.size()));
        Map<LocalDate, Permanence> targetWeeks = weeksByLane.get(target);
        CandidatePlace to = sameCommune(targetWeeks.values(), from.communeInsee(), random);
        if (to == null) {
            return nothing();
        }
        List<Permanence> moved = new ArrayList<>();
        List<CandidatePlace> places = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Worker> staff = new ArrayList<>();
        weeksByLane.get(lane).forEach((monday, source) -> {
            Permanence destination = targetWeeks.get(monday);
            if (destination != null && destination != source && from.equals(source.getPlace())
                    && destination.getPlace() == null && !source.isPinned() && !destination.isPinned()
                    && destination.getCandidatePlaces().contains(to)) {
                moved.add(source);
                places.add(null);
                moved.add(destination);
                places.add(to);
                followPlace(source, destination, seats, staff);
            }
        });
        return new SeriesMove(moved, places, seats, staff);
    }

    private static CandidatePlace sameCommune(java.util.Collection<Permanence> lane, String insee, Random random) {
        List<CandidatePlace> places = lane.stream().flatMap(p -> p.getCandidatePlaces().stream())
                .filter(place -> place.communeInsee().equals(insee)).distinct().toList();
        return places.isEmpty() ? null : places.get(random.nextInt(places.size()));
    }

    /** The people of {@code source} take the seats of {@code destination} where they may. */
    private void followPlace(Permanence source, Permanence destination, List<Seat> seats, List<Worker> staff) {
        List<Seat> destinationSeats = seatsByPermanence.getOrDefault(destination.getId(), List.of());
        for (Seat from : seatsByPermanence.getOrDefault(source.getId(), List.of())) {
            for (Seat to : destinationSeats) {
                if (from.getRole() == to.getRole() && !to.isPinned() && from.getStaff() != null
                        && !from.getStaff().equals(to.getStaff()) && to.getCandidateStaff().contains(from.getStaff())) {
                    seats.add(to);
                    staff.add(from.getStaff());
                }
            }
        }
    }

    private static boolean exchangeable(Permanence first, Permanence second) {
        return !first.isPinned() && !second.isPinned() && !Objects.equals(first.getPlace(), second.getPlace())
                && allowed(first, second.getPlace()) && allowed(second, first.getPlace());
    }

    private static boolean allowed(Permanence permanence, CandidatePlace place) {
        return place == null || permanence.getCandidatePlaces().contains(place);
    }

    /** People follow their place to the other half-day when both can. */
    private void exchangeSeats(Permanence first, Permanence second, List<Seat> seats, List<Worker> staff) {
        List<Seat> secondSeats = seatsByPermanence.getOrDefault(second.getId(), List.of());
        for (Seat a : seatsByPermanence.getOrDefault(first.getId(), List.of())) {
            for (Seat b : secondSeats) {
                if (a.getRole() == b.getRole() && !a.isPinned() && !b.isPinned()
                        && !Objects.equals(a.getStaff(), b.getStaff())
                        && (b.getStaff() == null || a.getCandidateStaff().contains(b.getStaff()))
                        && (a.getStaff() == null || b.getCandidateStaff().contains(a.getStaff()))) {
                    seats.add(a);
                    staff.add(b.getStaff());
                    seats.add(b);
                    staff.add(a.getStaff());
                }
            }
        }
    }
}
