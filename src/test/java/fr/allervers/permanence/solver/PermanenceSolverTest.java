package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import fr.allervers.permanence.domain.DatedHalfDay;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
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

    /**
     * Two announced visits to the same commune two days apart break the spacing rule; unpinned, the solver would
     * move one of them (a hard rule outweighs stability). Pinned, both stay and the broken rule is reported.
     */
    @Test
    void pinnedPermanencesAreNotMovedEvenWhenTheyBreakARule() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 3);
        CandidatePlace square = problem.places().stream().filter(p -> p.kind() == SiteKind.PUBLIC_SQUARE).findFirst()
                .orElseThrow();
        LocalDate first = problem.dates().get(1); // Tuesday
        LocalDate second = first.plusDays(2);
        List<Long> pair = List.of(availableOn(problem, Profession.SOCIAL_WORKER, first, second),
                availableOn(problem, Profession.EMPLOYMENT_COUNSELLOR, first, second));
        List<PlannedPermanence> announced = List.of(
                new PlannedPermanence(first, DayPart.AM, 1L, square.id(), pair, true),
                new PlannedPermanence(second, DayPart.AM, 1L, square.id(), pair, true));

        PermanenceSolver solver = quickSolver();
        PermanenceSchedule replanned = solver.solve(problem.toBuilder().previousPlan(announced).build());

        assertThat(replanned.plan()).containsAll(announced);
        assertThat(replanned.getScore().hardScore()).isEqualTo(-(5 - 2));
        assertThat(solver.explain(replanned).getConstraintMatchTotalMap().values())
                .filteredOn(total -> total.getScore().hardScore() < 0)
                .extracting(ConstraintMatchTotal::getConstraintName)
                .containsExactly(PermanenceConstraintProvider.COMMUNE_VISIT_SPACING);
    }

    private static long availableOn(PermanenceProblem problem, Profession role, LocalDate... dates) {
        return problem.staff().stream()
                .filter(s -> s.role() == role)
                .filter(s -> Arrays.stream(dates).allMatch(d -> s.isAvailable(problem.slotTimes().slot(d, DayPart.AM))))
                .findFirst().orElseThrow().id();
    }

    @Test
    void replanningAfterSicknessOnlyMovesTheAffectedPermanences() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 5);
        List<PlannedPermanence> published = quickSolver().solve(problem).plan();
        PlannedPermanence hit = published.get(published.size() / 2);
        long sickId = hit.staffIds().get(0);
        LocalDate sickDay = hit.date();
        List<Worker> staff = problem.staff().stream()
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

    /**
     * The warm start of a re-plan repairs absences in place, before any search: the absent person's seat goes to a
     * free colleague of the same role (or, with nobody free, the permanence is cancelled), a permanence of a van that
     * is away is cancelled, and nothing else changes.
     */
    @Test
    void warmStartRepairsAbsencesInPlace() {
        PermanenceProblem problem = PermanenceInstanceGenerator.generate(Size.SMALL, 5);
        List<PlannedPermanence> published = quickSolver().solve(problem).plan();
        Map<Long, Worker> byId = problem.staff().stream().collect(Collectors.toMap(Worker::id, s -> s));
        for (PlannedPermanence hit : published) {
            long sickId = hit.staffIds().get(0);
            PlannedPermanence vanDay = published.stream()
                    .filter(p -> p.vanId() != null && !p.date().equals(hit.date())).findFirst().orElseThrow();
            List<Worker> staff = problem.staff().stream()
                    .map(s -> s.id() == sickId ? s.withUnavailableDates(Set.of(hit.date())) : s).toList();
            List<Vehicle> vans = problem.vans().stream().map(v -> v.id() != vanDay.vanId() ? v
                    : new Vehicle(v.id(), v.label(), v.availability(), v.unavailableDates(),
                            Set.of(new DatedHalfDay(vanDay.date(), vanDay.halfDay())))).toList();
            PermanenceSchedule schedule = ScheduleBuilder.build(
                    problem.toBuilder().staff(staff).vans(vans).previousPlan(published).build());

            PermanenceSolver.repairAbsences(schedule);

            List<PlannedPermanence> repaired = schedule.plan();
            List<PlannedPermanence> touched = published.stream().filter(p -> p.equals(vanDay)
                    || p.date().equals(hit.date()) && p.staffIds().contains(sickId)).toList();
            List<PlannedPermanence> untouched = new ArrayList<>(published);
            untouched.removeAll(touched);
            assertThat(repaired).containsAll(untouched);
            assertThat(repaired).noneMatch(p -> p.date().equals(hit.date()) && p.staffIds().contains(sickId));
            assertThat(repaired).noneMatch(p -> sameLane(p, vanDay));
            Slot slot = problem.slotTimes().slot(hit.date(), hit.halfDay());
            // Free: available, and in no permanence that day (so no lunch trip to check either).
            boolean colleagueFree = problem.staff().stream().anyMatch(s -> s.role() == byId.get(sickId).role()
                    && s.id() != sickId && s.isAvailable(slot) && published.stream()
                            .noneMatch(p -> p.date().equals(hit.date()) && p.staffIds().contains(s.id())));
            boolean colleagueBusyElsewhereThatDay = problem.staff().stream().anyMatch(s -> s.id() != sickId
                    && s.role() == byId.get(sickId).role() && s.isAvailable(slot) && published.stream()
                            .anyMatch(p -> p.date().equals(hit.date()) && p.halfDay() != hit.halfDay()
                                    && p.staffIds().contains(s.id())));
            if (!hit.equals(vanDay) && colleagueFree) {
                assertThat(repaired).as("kept with a free colleague").anyMatch(p -> sameLane(p, hit)
                        && p.placeId() == hit.placeId());
            } else if (!colleagueFree && !colleagueBusyElsewhereThatDay) {
                assertThat(repaired).as("nobody free: cancelled").noneMatch(p -> sameLane(p, hit));
            }
        }
    }

    private static boolean sameLane(PlannedPermanence a, PlannedPermanence b) {
        return a.date().equals(b.date()) && a.halfDay() == b.halfDay() && java.util.Objects.equals(a.vanId(), b.vanId());
    }

    @Test
    void withoutCounsellorThePlanIsReturnedWithTheBrokenRuleNamed() {
        PermanenceProblem full = PermanenceInstanceGenerator.generate(Size.SMALL, 1);
        PermanenceProblem noCounsellor = full.toBuilder()
                .staff(full.staff().stream().filter(s -> s.role() != Profession.EMPLOYMENT_COUNSELLOR).toList()).build();
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
        Map<Long, Worker> staffById = schedule.getStaff().stream().collect(Collectors.toMap(Worker::id, s -> s));
        Set<String> busy = new HashSet<>();
        for (PlannedPermanence p : schedule.plan()) {
            Slot slot = schedule.getSlots().stream()
                    .filter(s -> s.date().equals(p.date()) && s.halfDay() == p.halfDay()).findFirst().orElseThrow();
            List<Profession> roles = p.staffIds().stream().map(id -> staffById.get(id).role()).sorted().toList();
            assertThat(roles).containsExactlyInAnyOrderElementsOf(schedule.getRules().requiredRoles());
            for (long id : p.staffIds()) {
                assertThat(staffById.get(id).isAvailable(slot)).isTrue();
                assertThat(busy.add(id + "@" + slot)).as("double booking of %s", id).isTrue();
            }
        }
    }
}
