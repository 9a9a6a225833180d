package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Component;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.plan.PlanViews.RuleBreach;
import fr.allervers.permanence.solver.PermanenceRef;
import fr.allervers.permanence.solver.PlanJustification;

/**
 * Each hard or medium rule a scored plan breaks, one entry per case, named: the justification's French sentence
 * (who, where, when) and the stored permanence it concerns. Used to warn before a move by hand is made.
 */
@Component
class RuleBreaches {

    private final SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager;

    RuleBreaches(SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    List<RuleBreach> of(PlanScoring.Scored scored) {
        return solutionManager.explain(scored.schedule()).getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0 || match.getScore().mediumScore() < 0)
                .map(match -> breach(match, scored.storedIdBySolverId()))
                .distinct()
                .sorted(Comparator.comparing(RuleBreach::severity).thenComparing(RuleBreach::message))
                .toList();
    }

    private static RuleBreach breach(ConstraintMatch<HardMediumSoftScore> match, Map<Long, Long> storedIds) {
        String rule = match.getConstraintName();
        String severity = match.getScore().hardScore() < 0 ? RuleBreach.HARD : RuleBreach.MEDIUM;
        if (!(match.getJustification() instanceof PlanJustification justification)) {
            return new RuleBreach(rule, rule + ".", severity, null, null);
        }
        List<PermanenceRef> refs = justification.permanences();
        Long permanenceId = refs.isEmpty() ? null : storedIds.get(refs.get(refs.size() - 1).permanenceId());
        LocalDate date = refs.isEmpty() ? null : refs.get(refs.size() - 1).slot().date();
        return new RuleBreach(rule, justification.inFrench(), severity, permanenceId, date);
    }
}
