package fr.allervers.permanence.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Worker;

/**
 * Entry point: build, solve and explain a permanence plan.
 *
 * <pre>
 * PermanenceSolver solver = new PermanenceSolver(PermanenceSolverConfig.timeLimit(Duration.ofSeconds(30)));
 * PermanenceSchedule plan = solver.solve(problem);
 * List&lt;PlannedPermanence&gt; held = plan.plan();
 * PlanExplanation why = solver.explainInFrench(plan);
 * </pre>
 */
public final class PermanenceSolver {

    /** Scores the warm start; the time limit is never used. */
    private static final SolutionManager<PermanenceSchedule, HardMediumSoftScore> WARM_START_SCORING =
            SolutionManager.create(SolverFactory.create(PermanenceSolverConfig.create(
                    PermanenceSolverConfig.timeLimit(java.time.Duration.ofSeconds(1)))));

    private final SolverFactory<PermanenceSchedule> solverFactory;
    private final SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager;

    public PermanenceSolver(TerminationConfig termination) {
        this.solverFactory = SolverFactory.create(PermanenceSolverConfig.create(termination));
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public PermanenceSchedule solve(PermanenceProblem problem) {
        return solve(ScheduleBuilder.build(problem));
    }

    /**
     * Solves starting from the given schedule. With no held permanence yet (first plan), starts from what a
     * coordinator would do by hand ({@link RoundRobinPlanner}); with a previous plan, starts from it.
     */
    public PermanenceSchedule solve(PermanenceSchedule schedule) {
        return solverFactory.buildSolver().solve(warmStart(schedule));
    }

    /**
     * The starting point of every solve, also for callers that run their own {@code SolverManager}: with no held
     * permanence yet (first plan), what a coordinator would do by hand ({@link RoundRobinPlanner}); with a previous
     * plan, that plan. Modifies and returns the given schedule.
     */
    public static PermanenceSchedule warmStart(PermanenceSchedule schedule) {
        if (schedule.getPermanences().stream().noneMatch(Permanence::isHeld)) {
            new RoundRobinPlanner().plan(schedule);
            dropHardBreaks(schedule);
        } else {
            repairAbsences(schedule);
        }
        reserveIdleSeats(schedule);
        return schedule;
    }

    /**
     * A re-plan after an absence starts from the previous plan with the absent person, or van, still in it. The
     * smallest repair is made before the search: a free colleague of the same role (the least busy one, able to make
     * the lunch trip) takes each seat of an absent person — the permanence is cancelled when nobody is free — and a
     * permanence whose van is away is cancelled; the search may then hold them elsewhere. The search starts from that minimal change and only keeps better plans, so it
     * never moves an unaffected permanence unless that truly pays; it also no longer depends on finding the one
     * repairing move by chance in a short time limit. Pinned permanences are left as they are. A permanence on a day
     * declared off since (a closing day, a school holiday) is cancelled the same way.
     */
    static void repairAbsences(PermanenceSchedule schedule) {
        Map<Long, List<Seat>> seatsByPermanence = schedule.seatsByPermanence();
        Map<Slot, Set<Worker>> busy = new HashMap<>();
        Map<Worker, Integer> load = new HashMap<>();
        Map<Worker, List<Permanence>> held = new HashMap<>();
        for (Permanence p : schedule.heldPermanences()) {
            for (Seat seat : seatsByPermanence.getOrDefault(p.getId(), List.of())) {
                if (seat.getStaff() != null) {
                    busy.computeIfAbsent(p.getSlot(), s -> new HashSet<>()).add(seat.getStaff());
                    load.merge(seat.getStaff(), 1, Integer::sum);
                    held.computeIfAbsent(seat.getStaff(), s -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Permanence p : schedule.heldPermanences()) {
            if (p.isPinned()) {
                continue;
            }
            if ((p.isMobile() && !p.getVan().isAvailable(p.getSlot()))
                    || schedule.dayOff(p.getSlot(), p.communeInsee()) != null) {
                p.setPlace(null);
                continue;
            }
            for (Seat seat : seatsByPermanence.getOrDefault(p.getId(), List.of())) {
                Worker absent = seat.getStaff();
                if (seat.isPinned() || absent == null || absent.isAvailable(p.getSlot())) {
                    continue;
                }
                Set<Worker> taken = busy.computeIfAbsent(p.getSlot(), s -> new HashSet<>());
                seat.getCandidateStaff().stream()
                        .filter(s -> s.isAvailable(p.getSlot()) && !taken.contains(s))
                        .filter(s -> held.getOrDefault(s, List.of()).stream()
                                .filter(other -> other.getSlot().date().equals(p.getSlot().date()))
                                .allMatch(other -> lunchTripOk(other, p, schedule.getRules())))
                        .min(Comparator.comparing((Worker s) -> load.getOrDefault(s, 0))
                                .thenComparing(Worker::id))
                        .ifPresentOrElse(replacement -> {
                            seat.setStaff(replacement);
                            taken.add(replacement);
                            load.merge(replacement, 1, Integer::sum);
                            held.computeIfAbsent(replacement, s -> new ArrayList<>()).add(p);
                        }, () -> p.setPlace(null));
                if (!p.isHeld()) {
                    break; // nobody free: cancelled, the search may hold it elsewhere or reshuffle the binômes
                }
            }
        }
    }

    private static boolean lunchTripOk(Permanence a, Permanence b, PlanningRules rules) {
        Permanence am = a.getSlot().halfDay() == DayPart.AM ? a : b;
        Permanence pm = am == a ? b : a;
        return am.getSlot().halfDay() == pm.getSlot().halfDay()
                || rules.reachableInLunchBreak(am.getPlace(), pm.getPlace());
    }

    /**
     * The round robin ignores lunch trips and may book someone twice: on a large territory, repairing that by local
     * search takes seconds. Cancelling the permanences it got wrong is instant and always feasible (every hard rule
     * is about held permanences), and the search then puts back what it can. Pinned permanences are left as they are.
     */
    static void dropHardBreaks(PermanenceSchedule schedule) {
        Map<Long, Permanence> byId = new HashMap<>();
        schedule.getPermanences().forEach(p -> byId.put(p.getId(), p));
        for (int pass = 0; pass < 20; pass++) {
            ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation = WARM_START_SCORING.explain(schedule);
            if (explanation.getScore().hardScore() >= 0) {
                return;
            }
            Set<Permanence> cancel = new HashSet<>();
            explanation.getConstraintMatchTotalMap().values().stream()
                    .filter(total -> total.getScore().hardScore() < 0)
                    .flatMap(total -> total.getConstraintMatchSet().stream())
                    .map(match -> match.getJustification())
                    .filter(PlanJustification.class::isInstance).map(PlanJustification.class::cast)
                    .map(PlanJustification::permanences).filter(refs -> !refs.isEmpty())
                    .map(refs -> byId.get(refs.get(refs.size() - 1).permanenceId()))
                    .filter(p -> p != null && !p.isPinned())
                    .forEach(cancel::add);
            if (cancel.isEmpty()) {
                return;
            }
            cancel.forEach(p -> p.setPlace(null));
        }
    }

    public ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explain(PermanenceSchedule schedule) {
        return solutionManager.explain(schedule);
    }

    public PlanExplanation explainInFrench(PermanenceSchedule schedule) {
        return new PlanExplainer().explain(schedule, explain(schedule));
    }

    /**
     * Puts a free person of the right role in the empty seats of permanences that are not held. Those people are not
     * busy (nothing counts until a place is chosen), but local search can then open a permanence in one move
     * instead of three.
     */
    private static void reserveIdleSeats(PermanenceSchedule schedule) {
        Map<Long, List<Seat>> seatsByPermanence = schedule.seatsByPermanence();
        Map<Slot, Set<Worker>> busy = new HashMap<>();
        schedule.getSeats().stream().filter(seat -> seat.getStaff() != null)
                .forEach(seat -> busy.computeIfAbsent(seat.getSlot(), s -> new HashSet<>()).add(seat.getStaff()));
        for (Permanence permanence : schedule.getPermanences()) {
            if (permanence.isHeld() || permanence.isPinned()) {
                continue;
            }
            for (Seat seat : seatsByPermanence.getOrDefault(permanence.getId(), List.of())) {
                Set<Worker> taken = busy.computeIfAbsent(seat.getSlot(), s -> new HashSet<>());
                if (seat.getStaff() == null) {
                    seat.getCandidateStaff().stream().filter(s -> !taken.contains(s)).findFirst()
                            .or(() -> seat.getCandidateStaff().stream().findFirst())
                            .ifPresent(seat::setStaff);
                    if (seat.getStaff() != null) {
                        taken.add(Objects.requireNonNull(seat.getStaff()));
                    }
                }
            }
        }
    }
}
