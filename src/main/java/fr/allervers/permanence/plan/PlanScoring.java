package fr.allervers.permanence.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Component;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.solver.PlanExplainer;
import fr.allervers.permanence.solver.PlanExplanation;

/**
 * Scores and explains a stored plan with the solver's own score calculation ({@link SolutionManager}), without
 * solving: after a move by hand, for the explanation, and for the checkpoints written while solving.
 */
@Component
class PlanScoring {

    /** The score and explanation of a stored plan, with the solver's permanence ids mapped to the stored ones. */
    record Scored(PermanenceSchedule schedule, PlanExplanation explanation, Map<Long, Long> storedIdBySolverId) {
    }

    private final SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager;
    private final TerritoryProblemMapper mapper;

    PlanScoring(SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager,
            TerritoryProblemMapper mapper) {
        this.solutionManager = solutionManager;
        this.mapper = mapper;
    }

    /** The plan exactly as stored (pinned flags included), as the solver sees it. */
    PermanenceSchedule schedule(PermanencePlan plan, TerritoryData data) {
        List<PlannedPermanence> stored = plan.getPermanences().stream().map(PlanPermanence::toPlanned).toList();
        return ScheduleBuilder.build(mapper.problem(data, plan.getFrom(), plan.getTo(), plan.getFixedTeams(), stored));
    }

    Scored score(PermanencePlan plan, TerritoryData data) {
        PermanenceSchedule schedule = schedule(plan, data);
        PlanExplanation explanation = explain(schedule);
        return new Scored(schedule, explanation, storedIds(schedule, plan.getPermanences()));
    }

    PlanExplanation explain(PermanenceSchedule schedule) {
        return new PlanExplainer().explain(schedule, solutionManager.explain(schedule));
    }

    private record LaneKey(java.time.LocalDate date, DayPart halfDay, Long vanId, long placeId) {
    }

    private static Map<Long, Long> storedIds(PermanenceSchedule schedule, List<PlanPermanence> stored) {
        Map<LaneKey, Deque<Long>> byKey = new HashMap<>();
        for (PlanPermanence p : stored) {
            byKey.computeIfAbsent(new LaneKey(p.getDate(), p.getHalfDay(), p.getVanId(), p.getPlaceId()),
                    k -> new ArrayDeque<>()).add(p.getId());
        }
        Map<Long, Long> result = new HashMap<>();
        for (Permanence p : schedule.heldPermanences()) {
            Deque<Long> ids = byKey.get(new LaneKey(p.getSlot().date(), p.getSlot().halfDay(),
                    p.isMobile() ? p.getVan().id() : null, p.getPlace().id()));
            if (ids != null && !ids.isEmpty()) {
                result.put(p.getId(), ids.poll());
            }
        }
        return result;
    }
}
