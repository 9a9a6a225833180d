package fr.allervers.permanence.solver;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Worker;

/**
 * The baseline: what a coordinator does by hand with a spreadsheet. Slot after slot, each van (or fixed team) goes
 * to the next commune in the list that is still under its monthly maximum, not visited in the last few days and has
 * an open place (the busiest one); the first free person of each role holds it. No look-ahead, no lunch-trip check.
 * Used as the warm start of the solver and as the yardstick it must beat.
 */
public final class RoundRobinPlanner {

    private final Map<String, Integer> heldPerCommuneMonth = new HashMap<>();
    private final Map<String, List<LocalDate>> visitDates = new HashMap<>();
    private final Map<Slot, Set<Worker>> busy = new HashMap<>();

    /** Fills the permanences that are not held yet, in place, and returns the same schedule. */
    public PermanenceSchedule plan(PermanenceSchedule schedule) {
        Map<Long, List<Seat>> seats = schedule.seatsByPermanence();
        schedule.getPermanences().stream().filter(Permanence::isHeld).forEach(p -> record(p, seats.get(p.getId())));
        Map<Object, Integer> nextCommune = new HashMap<>();
        List<Permanence> lanes = new ArrayList<>(schedule.getPermanences());
        lanes.sort(Comparator.comparing((Permanence p) -> p.getSlot().date())
                .thenComparing(p -> p.getSlot().halfDay()).thenComparing(Permanence::getId));
        List<CommuneQuota> communes = schedule.getCommunes();
        for (Permanence permanence : lanes) {
            if (permanence.isHeld() || permanence.isPinned() || communes.isEmpty()) {
                continue;
            }
            // All fixed teams share one rotation: they are interchangeable.
            Object lane = permanence.isMobile() ? permanence.getVan() : "fixed";
            int start = nextCommune.getOrDefault(lane, 0);
            for (int i = 0; i < communes.size(); i++) {
                CommuneQuota commune = communes.get((start + i) % communes.size());
                if (tryHold(schedule, permanence, commune, seats.getOrDefault(permanence.getId(), List.of()))) {
                    nextCommune.put(lane, (start + i + 1) % communes.size());
                    break;
                }
            }
        }
        return schedule;
    }

    private boolean tryHold(PermanenceSchedule schedule, Permanence permanence, CommuneQuota commune, List<Seat> seats) {
        Slot slot = permanence.getSlot();
        if (heldPerCommuneMonth.getOrDefault(key(commune.insee(), slot.month()), 0) >= max(schedule, commune, slot)
                || visitedWithin(commune, slot.date())) {
            return false;
        }
        Optional<CandidatePlace> place = permanence.getCandidatePlaces().stream()
                .filter(p -> p.communeInsee().equals(commune.insee()))
                .max(Comparator.comparingDouble(CandidatePlace::demandScore));
        if (place.isEmpty()) {
            return false;
        }
        Set<Worker> taken = new HashSet<>(busy.getOrDefault(slot, Set.of()));
        List<Worker> pair = new ArrayList<>();
        for (Seat seat : seats) {
            Optional<Worker> free = seat.getCandidateStaff().stream().filter(s -> !taken.contains(s)).findFirst();
            if (free.isEmpty()) {
                return false; // no pair, no permanence: the coordinator leaves the slot empty
            }
            taken.add(free.get());
            pair.add(free.get());
        }
        permanence.setPlace(place.get());
        for (int i = 0; i < seats.size(); i++) {
            seats.get(i).setStaff(pair.get(i));
        }
        record(permanence, seats);
        return true;
    }

    private void record(Permanence permanence, List<Seat> seats) {
        Slot slot = permanence.getSlot();
        heldPerCommuneMonth.merge(key(permanence.communeInsee(), slot.month()), 1, Integer::sum);
        visitDates.computeIfAbsent(permanence.communeInsee(), c -> new ArrayList<>()).add(slot.date());
        if (seats != null) {
            seats.stream().filter(seat -> seat.getStaff() != null)
                    .forEach(seat -> busy.computeIfAbsent(slot, s -> new HashSet<>()).add(seat.getStaff()));
        }
    }

    private boolean visitedWithin(CommuneQuota commune, LocalDate date) {
        return visitDates.getOrDefault(commune.insee(), List.of()).stream()
                .anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, date)) < commune.minSpacingDays());
    }

    private static int max(PermanenceSchedule schedule, CommuneQuota commune, Slot slot) {
        return schedule.getCommuneMonths().stream()
                .filter(t -> t.insee().equals(commune.insee()) && t.month().equals(slot.month()))
                .mapToInt(CommuneMonth::maxCount).findFirst().orElse(commune.maxPerMonth());
    }

    private static String key(String insee, YearMonth month) {
        return insee + "/" + month;
    }
}
