package fr.allervers.permanence.solver;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.WeeklySlot;

/**
 * An exact CP-SAT model of the permanence problem, for the benchmark: every hard rule of {@link
 * PermanenceConstraintProvider} is a constraint, the medium rule (monthly minimum) and the soft rules form one
 * objective, medium weighted far above soft. It works on the same {@link PermanenceSchedule} the solver gets (same
 * lanes, candidate places and staff, prorated targets), so that its optimum is comparable to OptaPlanner's score;
 * the solution is written back to the schedule so that OptaPlanner's own score calculation can check it.
 * Not modelled: the stability rules (the benchmark has no previous plan; refused if there is one).
 */
public final class CpSatPermanenceModel {

    /** More than twice any soft total of the instances solved (small and medium), so the bound separates them. */
    static final long MEDIUM_WEIGHT = 10_000_000L;
    private static final long NO_BOUND = Long.MIN_VALUE;

    /**
     * @param medium         the best plan's medium score (minus the missed monthly visits)
     * @param soft           the best plan's soft score, as OptaPlanner counts it
     * @param objective      the minimised objective of the best plan: missed visits × {@link #MEDIUM_WEIGHT} − soft
     * @param objectiveBound CP-SAT's proven lower bound on that objective ({@link CpSolver#bestObjectiveBound()})
     */
    public record Result(CpSolverStatus status, long medium, long soft, long objective, long objectiveBound,
                         double seconds) {

        public boolean proven() {
            return status == CpSolverStatus.OPTIMAL;
        }

        /** Whether CP-SAT found a plan in time (then written into the schedule); the bound holds either way. */
        public boolean hasPlan() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }

        /** False when stopped before a first plan: CP-SAT's bound is then meaningless (0 when stopped in presolve). */
        public boolean hasBound() {
            return objectiveBound != NO_BOUND;
        }

        /**
         * The fewest missed monthly visits the bound leaves possible: a plan's soft part weighs less than half a
         * missed visit, so no plan misses fewer than this.
         */
        public long fewestMissedVisits() {
            return Math.max(0, Math.floorDiv(objectiveBound - MEDIUM_WEIGHT / 2, MEDIUM_WEIGHT) + 1);
        }

        /** No plan that misses {@code -mediumScore} visits has a higher soft score than this. */
        public long softBoundAt(long mediumScore) {
            return -mediumScore * MEDIUM_WEIGHT - objectiveBound;
        }

        /** The highest soft score the bound leaves possible, at the best medium score it leaves possible. */
        public long softBound() {
            return softBoundAt(-fewestMissedVisits());
        }
    }

    private final PermanenceSchedule schedule;
    private final CpModel model = new CpModel();
    private final Map<Long, Map<CandidatePlace, BoolVar>> x = new HashMap<>();
    private final Map<Long, Map<Worker, BoolVar>> z = new HashMap<>();
    /** Seat id → staff → place: the person is in this seat and the permanence is at this place. */
    private final Map<Long, Map<Worker, Map<CandidatePlace, BoolVar>>> a = new HashMap<>();
    private final Map<Long, Permanence> permanences;
    private final Map<Long, List<Seat>> seats;
    private final LinearExprBuilder soft = LinearExpr.newBuilder();
    private final LinearExprBuilder medium = LinearExpr.newBuilder();

    static {
        Loader.loadNativeLibraries();
    }

    private CpSatPermanenceModel(PermanenceSchedule schedule) {
        this.schedule = schedule;
        this.permanences = schedule.getPermanences().stream()
                .collect(Collectors.toMap(Permanence::getId, Function.identity(), (p, q) -> p, LinkedHashMap::new));
        this.seats = schedule.seatsByPermanence();
        if (schedule.getPermanences().stream().anyMatch(p -> p.getPreviousPlace() != null || p.isPinned())) {
            throw new IllegalArgumentException("stability and pinning are not modelled");
        }
    }

    /**
     * Solves exactly (or until the time limit) and writes the best solution found into the schedule; a schedule that
     * already holds a plan is the starting hint.
     */
    public static Result solve(PermanenceSchedule schedule, double maxSeconds, int workers) {
        return new CpSatPermanenceModel(schedule).run(maxSeconds, workers);
    }

    private Result run(double maxSeconds, int workers) {
        variables();
        hardRules();
        mediumRule();
        softRules();
        model.minimize(LinearExpr.newBuilder().addTerm(medium.build(), MEDIUM_WEIGHT).add(soft.build()).build());
        hintCurrentPlan();
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(maxSeconds).setNumWorkers(workers);
        CpSolverStatus status = solver.solve(model);
        double boundValue = solver.bestObjectiveBound();
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT found no plan: " + status);
        }
        if (status == CpSolverStatus.UNKNOWN) {
            // Out of time before a first plan (presolve alone takes seconds on the medium instance): the schedule
            // is left as it was, and the bound is not one (stopped in presolve, CP-SAT answers 0).
            return new Result(status, 0, 0, Long.MAX_VALUE, NO_BOUND, solver.wallTime());
        }
        long bound = Double.isFinite(boundValue) ? (long) Math.ceil(boundValue - 1e-6) : NO_BOUND;
        writeBack(solver);
        long objective = Math.round(solver.objectiveValue());
        long mediumValue = solver.value(medium.build());
        return new Result(status, -mediumValue, -(objective - mediumValue * MEDIUM_WEIGHT), objective, bound,
                solver.wallTime());
    }

    /**
     * Starts the search from the plan the schedule holds (nothing held for a fresh one, which is always feasible), so
     * that a short run still has a plan to report; a hint only guides the search, the bound does not depend on it.
     */
    private void hintCurrentPlan() {
        for (Permanence p : permanences.values()) {
            x.get(p.getId()).forEach((place, v) -> model.addHint(v, place.equals(p.getPlace()) ? 1 : 0));
            for (Seat seat : seats.getOrDefault(p.getId(), List.of())) {
                z.get(seat.getId()).forEach((staff, v) -> model.addHint(v,
                        p.getPlace() != null && staff.equals(seat.getStaff()) ? 1 : 0));
            }
        }
    }

    private void variables() {
        for (Permanence p : permanences.values()) {
            Map<CandidatePlace, BoolVar> places = new LinkedHashMap<>();
            for (CandidatePlace place : p.getCandidatePlaces()) {
                places.put(place, model.newBoolVar("x" + p.getId() + "_" + place.id()));
            }
            x.put(p.getId(), places);
            model.addLessOrEqual(held(p), 1);
            for (Seat seat : seats.getOrDefault(p.getId(), List.of())) {
                Map<Worker, BoolVar> people = new LinkedHashMap<>();
                Map<Worker, Map<CandidatePlace, BoolVar>> both = new LinkedHashMap<>();
                for (Worker staff : seat.getCandidateStaff()) {
                    BoolVar in = model.newBoolVar("z" + seat.getId() + "_" + staff.id());
                    people.put(staff, in);
                    Map<CandidatePlace, BoolVar> at = new LinkedHashMap<>();
                    places.forEach((place, there) -> at.put(place, and(in, there)));
                    both.put(staff, at);
                }
                z.put(seat.getId(), people);
                a.put(seat.getId(), both);
                // A held permanence has exactly one person of the seat's role; a free one keeps nobody busy.
                model.addEquality(sum(people.values()), held(p));
            }
        }
    }

    private void hardRules() {
        Map<Object, List<Permanence>> bySlot = permanences.values().stream()
                .collect(Collectors.groupingBy(Permanence::getSlot));
        for (List<Permanence> sameSlot : bySlot.values()) {
            // One van is in one place (one lane per van and slot by construction), one place hosts one permanence.
            Map<CandidatePlace, List<BoolVar>> perPlace = new HashMap<>();
            sameSlot.forEach(p -> x.get(p.getId()).forEach((place, v) ->
                    perPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(v)));
            perPlace.values().forEach(vars -> model.addLessOrEqual(sum(vars), 1));
            Map<Worker, List<BoolVar>> perStaff = new HashMap<>();
            sameSlot.forEach(p -> seats.getOrDefault(p.getId(), List.of()).forEach(seat -> z.get(seat.getId())
                    .forEach((staff, v) -> perStaff.computeIfAbsent(staff, k -> new ArrayList<>()).add(v))));
            perStaff.values().forEach(vars -> model.addLessOrEqual(sum(vars), 1));
        }
        PlanningRules rules = schedule.getRules();
        for (Permanence[] day : vanDays()) {
            x.get(day[0].getId()).forEach((p, am) -> x.get(day[1].getId()).forEach((q, pm) -> {
                if (!rules.reachableInLunchBreak(p, q)) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(am).add(pm).build(), 1);
                }
            }));
        }
        staffLunchBreaks(rules);
        for (CommuneMonth target : schedule.getCommuneMonths()) {
            model.addLessOrEqual(heldIn(target.insee(), target.month()), target.maxCount());
        }
        visitSpacing();
    }

    /**
     * Two visits less than {@code minSpacingDays} apart is the same as two visits in one window of that many days:
     * one constraint per window instead of one per pair of lanes, which presolves in a fraction of the time and
     * gives the linear relaxation (and so the best bound) the whole window at once.
     */
    private void visitSpacing() {
        List<LocalDate> dates = permanences.values().stream().map(p -> p.getSlot().date()).distinct().sorted()
                .toList();
        if (dates.isEmpty()) {
            return;
        }
        for (CommuneQuota commune : schedule.getCommunes()) {
            int spacing = commune.minSpacingDays();
            if (spacing <= 0) {
                continue;
            }
            for (LocalDate first = dates.get(0); !first.isAfter(dates.get(dates.size() - 1)); first = first.plusDays(1)) {
                LocalDate from = first;
                LocalDate to = first.plusDays(spacing - 1L);
                List<Permanence> window = permanences.values().stream()
                        .filter(p -> !p.getSlot().date().isBefore(from) && !p.getSlot().date().isAfter(to)).toList();
                if (window.size() > 1) {
                    LinearExprBuilder held = LinearExpr.newBuilder();
                    window.forEach(p -> held.add(heldIn(p, commune.insee())));
                    model.addLessOrEqual(held.build(), 1);
                }
            }
        }
    }

    private void staffLunchBreaks(PlanningRules rules) {
        Map<LocalDate, List<Seat>> morning = new HashMap<>();
        Map<LocalDate, List<Seat>> afternoon = new HashMap<>();
        schedule.getSeats().forEach(seat -> (seat.getSlot().halfDay() == DayPart.AM ? morning : afternoon)
                .computeIfAbsent(seat.getSlot().date(), d -> new ArrayList<>()).add(seat));
        morning.forEach((date, amSeats) -> {
            for (Seat am : amSeats) {
                for (Seat pm : afternoon.getOrDefault(date, List.of())) {
                    a.get(am.getId()).forEach((staff, amPlaces) -> {
                        Map<CandidatePlace, BoolVar> pmPlaces = a.get(pm.getId()).get(staff);
                        if (pmPlaces != null) {
                            amPlaces.forEach((p, v) -> pmPlaces.forEach((q, w) -> {
                                if (!rules.reachableInLunchBreak(p, q)) {
                                    model.addLessOrEqual(LinearExpr.newBuilder().add(v).add(w).build(), 1);
                                }
                            }));
                        }
                    });
                }
            }
        });
    }

    /** Monthly minimum, only for months with at least one possible permanence, as in the constraint. */
    private void mediumRule() {
        for (CommuneMonth target : schedule.getCommuneMonths()) {
            boolean anyLane = permanences.values().stream().anyMatch(p -> p.getSlot().month().equals(target.month()));
            if (anyLane && target.minCount() > 0) {
                IntVar shortfall = model.newIntVar(0, target.minCount(), "short" + target.insee() + target.month());
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(shortfall).add(heldIn(target.insee(),
                        target.month())).build(), target.minCount());
                medium.add(shortfall);
            }
        }
    }

    private void softRules() {
        x.values().forEach(places -> places.forEach((place, v) -> soft.addTerm(v,
                -(PermanenceConstraintProvider.DEMAND_BASE
                        + Math.round(PermanenceConstraintProvider.DEMAND_WEIGHT * place.demandScore())))));
        // Regular weekly slot per place, regular team per place and role: distinct values beyond the first cost.
        Map<CandidatePlace, Map<WeeklySlot, List<BoolVar>>> weekly = new HashMap<>();
        permanences.values().forEach(p -> x.get(p.getId()).forEach((place, v) -> weekly
                .computeIfAbsent(place, k -> new HashMap<>())
                .computeIfAbsent(p.getSlot().weekly(), k -> new ArrayList<>()).add(v)));
        weekly.forEach((place, slots) -> distinctBeyondFirst(slots.values(),
                PermanenceConstraintProvider.IRREGULAR_SLOT_WEIGHT));
        Map<String, Map<Worker, List<BoolVar>>> teams = new HashMap<>();
        Map<Worker, List<BoolVar>> workload = new HashMap<>();
        schedule.getSeats().forEach(seat -> a.get(seat.getId()).forEach((staff, at) -> {
            workload.computeIfAbsent(staff, k -> new ArrayList<>()).add(z.get(seat.getId()).get(staff));
            at.forEach((place, v) -> {
                teams.computeIfAbsent(place.id() + "/" + seat.getRole(), k -> new HashMap<>())
                        .computeIfAbsent(staff, k -> new ArrayList<>()).add(v);
                if (!staff.prefers(place)) {
                    soft.addTerm(v, PermanenceConstraintProvider.PREFERENCE_WEIGHT);
                }
            });
        }));
        teams.values().forEach(people -> distinctBeyondFirst(people.values(),
                PermanenceConstraintProvider.IRREGULAR_TEAM_WEIGHT));
        workload.forEach((staff, vars) -> {
            IntVar count = model.newIntVar(0, vars.size(), "n" + staff.id());
            model.addEquality(count, sum(vars));
            IntVar square = model.newIntVar(0, (long) vars.size() * vars.size(), "sq" + staff.id());
            model.addMultiplicationEquality(square, count, count);
            // The tangents of k² at every whole k: redundant for whole counts, they give the linear relaxation the
            // convexity of the square, which makes the best bound on the medium instance much tighter.
            for (long k = 0; k < vars.size(); k++) {
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(square).addTerm(count, -(2 * k + 1)).build(),
                        -k * (k + 1));
            }
            soft.add(square);
        });
        PlanningRules rules = schedule.getRules();
        for (Permanence[] day : vanDays()) {
            x.get(day[0].getId()).forEach((p, am) -> x.get(day[1].getId()).forEach((q, pm) -> {
                int minutes = rules.travel().minutes(p, q);
                if (minutes > 0 && rules.reachableInLunchBreak(p, q)) {
                    soft.addTerm(and(am, pm), minutes);
                }
            }));
        }
    }

    /** weight × max(0, number of groups with at least one true variable − 1). */
    private void distinctBeyondFirst(java.util.Collection<List<BoolVar>> groups, int weight) {
        if (groups.size() < 2) {
            return;
        }
        LinearExprBuilder used = LinearExpr.newBuilder();
        for (List<BoolVar> group : groups) {
            BoolVar any = model.newBoolVar("any");
            group.forEach(v -> model.addImplication(v, any));
            used.add(any);
        }
        IntVar extra = model.newIntVar(0, groups.size(), "extra");
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(extra).add(1).build(), used.build());
        soft.addTerm(extra, weight);
    }

    private List<Permanence[]> vanDays() {
        List<Permanence[]> days = new ArrayList<>();
        for (Permanence am : permanences.values()) {
            if (am.isMobile() && am.getSlot().halfDay() == DayPart.AM) {
                permanences.values().stream().filter(pm -> pm.isMobile() && pm.getVan().equals(am.getVan())
                                && pm.getSlot().date().equals(am.getSlot().date()) && pm.getSlot().halfDay() == DayPart.PM)
                        .forEach(pm -> days.add(new Permanence[] {am, pm}));
            }
        }
        return days;
    }

    private BoolVar and(BoolVar first, BoolVar second) {
        BoolVar both = model.newBoolVar("and");
        model.addImplication(both, first);
        model.addImplication(both, second);
        model.addBoolOr(new com.google.ortools.sat.Literal[] {first.not(), second.not(), both});
        return both;
    }

    private LinearExpr held(Permanence p) {
        return sum(x.get(p.getId()).values());
    }

    private LinearExpr heldIn(Permanence p, String insee) {
        return sum(x.get(p.getId()).entrySet().stream().filter(e -> e.getKey().communeInsee().equals(insee))
                .map(Map.Entry::getValue).toList());
    }

    private LinearExpr heldIn(String insee, YearMonth month) {
        LinearExprBuilder total = LinearExpr.newBuilder();
        permanences.values().stream().filter(p -> p.getSlot().month().equals(month))
                .forEach(p -> total.add(heldIn(p, insee)));
        return total.build();
    }

    private static LinearExpr sum(java.util.Collection<? extends BoolVar> vars) {
        LinearExprBuilder builder = LinearExpr.newBuilder();
        vars.forEach(builder::add);
        return builder.build();
    }

    private void writeBack(CpSolver solver) {
        for (Permanence p : permanences.values()) {
            p.setPlace(x.get(p.getId()).entrySet().stream().filter(e -> solver.booleanValue(e.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(null));
            for (Seat seat : seats.getOrDefault(p.getId(), List.of())) {
                seat.setStaff(z.get(seat.getId()).entrySet().stream().filter(e -> solver.booleanValue(e.getValue()))
                        .map(Map.Entry::getKey).findFirst().orElse(null));
            }
        }
    }
}
