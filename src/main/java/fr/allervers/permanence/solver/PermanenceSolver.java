package fr.allervers.permanence.solver;

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

import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Staff;

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
        }
        reserveIdleSeats(schedule);
        return schedule;
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
        Map<Slot, Set<Staff>> busy = new HashMap<>();
        schedule.getSeats().stream().filter(seat -> seat.getStaff() != null)
                .forEach(seat -> busy.computeIfAbsent(seat.getSlot(), s -> new HashSet<>()).add(seat.getStaff()));
        for (Permanence permanence : schedule.getPermanences()) {
            if (permanence.isHeld() || permanence.isPinned()) {
                continue;
            }
            for (Seat seat : seatsByPermanence.getOrDefault(permanence.getId(), List.of())) {
                Set<Staff> taken = busy.computeIfAbsent(seat.getSlot(), s -> new HashSet<>());
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
