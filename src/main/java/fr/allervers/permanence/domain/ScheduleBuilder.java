package fr.allervers.permanence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link PermanenceProblem} into the solver's {@link PermanenceSchedule}. A day off ({@link DayOff}) keeps its
 * slot, so that the explanation can say why nothing happened then, but no place is offered there: no permanence
 * exists to be held, whatever the weights. Only a stored permanence already on it keeps its lane, so that the plan
 * still shows it and the rule « {@code DAY_OFF} » names it.
 */
public final class ScheduleBuilder {

    private record LaneKey(LocalDate date, DayPart halfDay, Long vanId) {
    }

    private final PermanenceProblem problem;
    private final Map<Long, CandidatePlace> placesById;
    private final Map<Long, Worker> staffById;
    private final Map<LaneKey, List<PlannedPermanence>> previousByLane;

    private ScheduleBuilder(PermanenceProblem problem) {
        this.problem = problem;
        this.placesById = problem.places().stream().collect(Collectors.toMap(CandidatePlace::id, Function.identity()));
        this.staffById = problem.staff().stream().collect(Collectors.toMap(Worker::id, Function.identity()));
        this.previousByLane = problem.previousPlan().stream().collect(Collectors.groupingBy(
                p -> new LaneKey(p.date(), p.halfDay(), p.vanId())));
    }

    public static PermanenceSchedule build(PermanenceProblem problem) {
        return new ScheduleBuilder(problem).build();
    }

    private PermanenceSchedule build() {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate date : problem.dates()) {
            for (DayPart halfDay : DayPart.values()) {
                slots.add(problem.slotTimes().slot(date, halfDay));
            }
        }
        List<Permanence> permanences = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (Slot slot : slots) {
            for (Vehicle van : problem.vans()) {
                addLane(slot, van, permanences, seats);
            }
            for (int team = 0; team < problem.fixedTeamsPerSlot(); team++) {
                addLane(slot, null, permanences, seats);
            }
        }
        PlanningRules rules = new PlanningRules(problem.lunchBreakMinutes(), problem.requiredRoles(), problem.travel());
        return new PermanenceSchedule(slots, problem.communes(), communeMonths(), problem.places(), problem.staff(),
                problem.vans(), rules, permanences, seats, problem.daysOff());
    }

    private void addLane(Slot slot, Vehicle van, List<Permanence> permanences, List<Seat> seats) {
        List<PlannedPermanence> previous = previousByLane.getOrDefault(
                new LaneKey(slot.date(), slot.halfDay(), van == null ? null : van.id()), new ArrayList<>());
        // Fixed lanes share one key per slot: each lane takes the next previous entry.
        PlannedPermanence planned = previous.isEmpty() ? null : previous.remove(0);
        List<CandidatePlace> candidates = new ArrayList<>(problem.places().stream()
                .filter(place -> place.isOpen(slot))
                .filter(place -> !isOff(slot, place))
                .filter(place -> van == null ? place.kind().hostsFixedPermanence() : place.vanAccessible())
                .toList());
        boolean vanAvailable = van == null || van.isAvailable(slot);
        if (planned == null && (candidates.isEmpty() || !vanAvailable)) {
            return; // nothing could ever be held here: no entity keeps the search space small
        }
        if (!vanAvailable) {
            candidates.clear();
        }
        CandidatePlace plannedPlace = planned == null ? null : place(planned.placeId());
        if (plannedPlace != null && !candidates.contains(plannedPlace)) {
            candidates.add(plannedPlace);
        }
        Permanence permanence = new Permanence(permanences.size() + 1L, slot, van, candidates);
        permanences.add(permanence);
        List<Seat> ownSeats = new ArrayList<>();
        List<Profession> roles = problem.requiredRoles();
        for (int i = 0; i < roles.size(); i++) {
            Profession role = roles.get(i);
            List<Worker> candidateStaff = problem.staff().stream()
                    .filter(s -> s.role() == role && s.isAvailable(slot)).toList();
            ownSeats.add(new Seat(permanence.getId() * 10 + i, permanence, role, candidateStaff));
        }
        seats.addAll(ownSeats);
        if (planned != null) {
            applyPlanned(planned, plannedPlace, permanence, ownSeats);
        }
    }

    private void applyPlanned(PlannedPermanence planned, CandidatePlace place, Permanence permanence, List<Seat> seats) {
        permanence.setPlace(place);
        permanence.setPreviousPlace(place);
        permanence.setPinned(planned.pinned());
        for (Long staffId : planned.staffIds()) {
            Worker staff = Objects.requireNonNull(staffById.get(staffId), () -> "Unknown staff " + staffId);
            seats.stream().filter(seat -> seat.getRole() == staff.role() && seat.getStaff() == null).findFirst()
                    .ifPresent(seat -> {
                        seat.setStaff(staff);
                        seat.setPreviousStaff(staff);
                    });
        }
        seats.forEach(seat -> seat.setPinned(planned.pinned()));
    }

    private boolean isOff(Slot slot, CandidatePlace place) {
        return problem.daysOff().stream().anyMatch(off -> off.covers(slot) && off.appliesTo(place));
    }

    /** A day off for every place, whatever the department. */
    private boolean isOffEverywhere(LocalDate date) {
        return problem.daysOff().stream().anyMatch(off -> off.date().equals(date) && off.halfDay() == null
                && off.departments().isEmpty());
    }

    private CandidatePlace place(long id) {
        return Objects.requireNonNull(placesById.get(id), () -> "Unknown place " + id);
    }

    /**
     * Monthly targets prorated to the part of the month the horizon covers, counted in Monday–Friday days, so that a
     * two-week horizon asks for about half of the monthly minimum. Whole days off everywhere do not count as covered:
     * a fortnight with Christmas and New Year's Day asks for a little less.
     */
    private List<CommuneMonth> communeMonths() {
        Map<YearMonth, Long> coveredDays = new TreeMap<>(problem.dates().stream()
                .filter(d -> d.getDayOfWeek().getValue() <= 5)
                .filter(d -> !isOffEverywhere(d))
                .collect(Collectors.groupingBy(YearMonth::from, Collectors.counting())));
        List<CommuneMonth> result = new ArrayList<>();
        for (CommuneQuota commune : problem.communes()) {
            coveredDays.forEach((month, days) -> {
                double fraction = Math.min(1.0, days / (double) weekdaysIn(month));
                int min = (int) Math.round(commune.minPerMonth() * fraction);
                int max = Math.max(min, (int) Math.ceil(commune.maxPerMonth() * fraction - 1e-9));
                result.add(new CommuneMonth(commune.insee(), commune.name(), month, min, max));
            });
        }
        return result;
    }

    private static int weekdaysIn(YearMonth month) {
        int count = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            DayOfWeek dayOfWeek = month.atDay(day).getDayOfWeek();
            count += dayOfWeek.getValue() <= 5 ? 1 : 0;
        }
        return count;
    }
}
