package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.solver.PermanenceInstanceGenerator.Size;

class RoundRobinPlannerTest {

    @Test
    void cyclesCommunesWithinTheirMaximumSpacingAndWithFullPairs() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.MEDIUM, 2);
        PermanenceSchedule plan = new RoundRobinPlanner().plan(ScheduleBuilder.build(problem));
        ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation =
                new PermanenceSolver(PermanenceSolverConfig.timeLimit(Duration.ofSeconds(1))).explain(plan);

        // The rules a coordinator checks by hand hold; trips are not checked, so lunch-break rules may break.
        assertThat(explanation.getConstraintMatchTotalMap().values())
                .filteredOn(total -> Set.of(PermanenceConstraintProvider.COMMUNE_MONTHLY_MAXIMUM,
                        PermanenceConstraintProvider.COMMUNE_VISIT_SPACING, PermanenceConstraintProvider.STAFF_CONFLICT,
                        PermanenceConstraintProvider.INCOMPLETE_PAIR, PermanenceConstraintProvider.PLACE_CLOSED)
                        .contains(total.getConstraintName()))
                .allSatisfy(total -> assertThat(total.getConstraintMatchCount()).isZero());
        for (CommuneMonth target : plan.getCommuneMonths()) {
            long held = plan.heldPermanences().stream()
                    .filter(p -> p.communeInsee().equals(target.insee()) && p.getSlot().month().equals(target.month()))
                    .count();
            assertThat(held).as(target.communeName()).isBetween(1L, (long) target.maxCount());
        }
    }
}
