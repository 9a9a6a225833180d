package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.Role;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Staff;
import fr.allervers.permanence.solver.PermanenceInstanceGenerator.Size;

class PermanenceSolverTest {

    private static final Duration SAFETY_LIMIT = Duration.ofSeconds(8);

    /** A lunch break so short that the round robin, which ignores trips, breaks it: the solver has to repair. */
    @Test
    void smallInstanceReachesZeroHardFromTheRoundRobinStart() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 7).toBuilder()
                .lunchBreakMinutes(10).build();
        PermanenceSolver solver = new PermanenceSolver(
                PermanenceSolverConfig.bestScoreOr("0hard/0medium/*soft", SAFETY_LIMIT));
        HardMediumSoftScore baseline = solver.explain(new RoundRobinPlanner().plan(ScheduleBuilder.build(problem)))
                .getScore();

        PermanenceSchedule solved = solver.solve(problem);

        assertThat(baseline.hardScore()).as("round robin breaks the lunch break").isNegative();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertPlanIsSound(solved);
    }

    @Test
    void pinnedPermanencesAreNotMoved() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 3);
        PermanenceSchedule first = quickSolver().solve(problem);
        // Pin two announced permanences, drop the rest: everything else is free to change.
        List<PlannedPermanence> announced = first.plan().subList(0, 2).stream().map(PlannedPermanence::pin).toList();

        PermanenceSchedule replanned = quickSolver().solve(problem.toBuilder().previousPlan(announced).build());

        assertThat(replanned.plan()).containsAll(announced);
        assertThat(replanned.getScore().hardScore()).isZero();
    }

    @Test
    void replanningAfterSicknessOnlyMovesTheAffectedPermanences() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 5);
        List<PlannedPermanence> published = quickSolver().solve(problem).plan();
        PlannedPermanence hit = published.get(published.size() / 2);
        long sickId = hit.staffIds().get(0);
        LocalDate sickDay = hit.date();
        List<Staff> staff = problem.staff().stream()
                .map(s -> s.id() == sickId ? s.withUnavailableDates(Set.of(sickDay)) : s).toList();

        PermanenceSchedule replanned = quickSolver().solve(
                problem.toBuilder().staff(staff).previousPlan(published).build());

        List<PlannedPermanence> affected = published.stream()
                .filter(p -> p.date().equals(sickDay) && p.staffIds().contains(sickId)).toList();
        List<PlannedPermanence> unaffected = new ArrayList<>(published);
        unaffected.removeAll(affected);
        assertThat(replanned.getScore().hardScore()).isZero();
        assertThat(replanned.plan()).containsAll(unaffected).doesNotContainAnyElementsOf(affected);
        assertThat(replanned.plan()).noneMatch(p -> p.date().equals(sickDay) && p.staffIds().contains(sickId));
    }

    @Test
    void withoutCounsellorThePlanIsReturnedWithTheBrokenRuleNamed() {
        PermanenceProblem full = PermanenceInstanceGenerator.generate(Size.SMALL, 1);
        PermanenceProblem noCounsellor = full.toBuilder()
                .staff(full.staff().stream().filter(s -> s.role() != Role.EMPLOYMENT_COUNSELLOR).toList()).build();
        PermanenceSolver solver = quickSolver();

        PermanenceSchedule solved = solver.solve(noCounsellor);

        ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation = solver.explain(solved);
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isNegative();
        assertThat(solved.heldPermanences()).isEmpty();
        Map<String, HardMediumSoftScore> broken = explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getScore().mediumScore() < 0)
                .collect(Collectors.toMap(ConstraintMatchTotal::getConstraintName, ConstraintMatchTotal::getScore));
        assertThat(broken).containsOnlyKeys(PermanenceConstraintProvider.COMMUNE_MONTHLY_MINIMUM);
        assertThat(solver.explainInFrench(solved).communes())
                .allSatisfy(c -> assertThat(c.sentence()).contains("0 permanence sur", "aucun binôme disponible"));
    }

    private static PermanenceSolver quickSolver() {
        return new PermanenceSolver(PermanenceSolverConfig.unimprovedOr(Duration.ofMillis(800), Duration.ofSeconds(3)));
    }

    /** Checks the plan with plain code, independently of the constraint streams. */
    private static void assertPlanIsSound(PermanenceSchedule schedule) {
        Map<Long, Staff> staffById = schedule.getStaff().stream().collect(Collectors.toMap(Staff::id, s -> s));
        Set<String> busy = new HashSet<>();
        for (PlannedPermanence p : schedule.plan()) {
            Slot slot = schedule.getSlots().stream()
                    .filter(s -> s.date().equals(p.date()) && s.halfDay() == p.halfDay()).findFirst().orElseThrow();
            List<Role> roles = p.staffIds().stream().map(id -> staffById.get(id).role()).sorted().toList();
            assertThat(roles).containsExactlyInAnyOrderElementsOf(schedule.getRules().requiredRoles());
            for (long id : p.staffIds()) {
                assertThat(staffById.get(id).isAvailable(slot)).isTrue();
                assertThat(busy.add(id + "@" + slot)).as("double booking of %s", id).isTrue();
            }
        }
    }
}
