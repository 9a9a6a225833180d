package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.permanence.domain.Worker;

/**
 * The issue's probe, without Spring: a plan across Christmas and New Year on a place open only on Friday mornings
 * (both holidays are Fridays in 2026) never holds a permanence on them, and says why.
 */
class DaysOffSolverTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final String CORBAS = Fixtures.CORBAS;

    private final CandidatePlace friday = new CandidatePlace(1, "Marché du vendredi", CORBAS, SiteKind.MARKET, true,
            WeeklySlot.of(EnumSet.of(DayOfWeek.FRIDAY), EnumSet.of(DayPart.AM)), 0.9);
    private final CandidatePlace square = new CandidatePlace(2, "Place de la Mairie", CORBAS, SiteKind.PUBLIC_SQUARE,
            true, WeeklySlot.weekdays(), 0.1);
    private final PermanenceSolver solver = new PermanenceSolver(
            PermanenceSolverConfig.timeLimit(Duration.ofSeconds(1)));

    private PermanenceProblem.Builder problem() {
        return PermanenceProblem.builder().weekdays(MONDAY, 3)
                .communes(List.of(new CommuneQuota(CORBAS, "Corbas", 2, 30, 1)))
                .places(List.of(friday, square))
                .staff(List.of(Worker.of(1, "AS-1", Profession.SOCIAL_WORKER),
                        Worker.of(2, "CIP-1", Profession.EMPLOYMENT_COUNSELLOR)))
                .vans(List.of(Vehicle.of(1, "Camion 1")));
    }

    @Test
    void aPlanAcrossChristmasNeverHoldsAPermanenceOnAHolidayAndSaysWhy() {
        PermanenceSchedule plan = solver.solve(problem().build());

        assertThat(plan.plan()).isNotEmpty().extracting(PlannedPermanence::date).doesNotContain(CHRISTMAS, NEW_YEAR);
        PlanExplanation explanation = solver.explainInFrench(plan);
        assertThat(explanation.score().hardScore()).isZero();
        assertThat(explanation.daysOff()).satisfiesExactly(
                christmas -> assertThat(christmas).isEqualTo("Vendredi 25 décembre : jour férié (Noël), pas de permanence"),
                newYear -> assertThat(newYear) // « 1 » or « 1er », whichever the French dates say
                        .matches("Vendredi 1(er)? janvier : jour férié \\(jour de l'an\\), pas de permanence"));
        assertThat(explanation.commune(CORBAS, YearMonth.of(2026, 12)).sentence())
                .contains("jour férié le vendredi 25 décembre (Noël)");
    }

    @Test
    void aClosingDayDeclaredAfterPublicationEmptiesItsPermanencesOnReplan() {
        PermanenceSchedule first = solver.solve(problem().build());
        List<PlannedPermanence> published = first.plan();
        PlannedPermanence onMonday = published.stream().filter(p -> p.date().equals(MONDAY)).findFirst()
                .orElseGet(() -> new PlannedPermanence(MONDAY, DayPart.AM, 1L, square.id(), List.of(1L, 2L), false));
        List<PlannedPermanence> previous = new java.util.ArrayList<>(published);
        previous.remove(onMonday);
        previous.add(onMonday);
        DayOff bridge = DayOff.wholeDay(MONDAY, DayOffKind.CLOSING, "formation collective");

        PermanenceSchedule stored = ScheduleBuilder.build(problem().previousPlan(previous)
                .daysOff(List.of(bridge)).build());
        PlanExplanation before = solver.explainInFrench(stored);
        assertThat(before.brokenRules()).contains("« " + PermanenceConstraintProvider.DAY_OFF + " » : 1 cas");
        assertThat(before.permanences()).flatExtracting(PlanExplanation.PermanenceExplanation::issues)
                .anyMatch(issue -> issue.contains("fermeture (formation collective)"));

        PermanenceSchedule replanned = solver.solve(ScheduleBuilder.build(problem().previousPlan(previous)
                .daysOff(List.of(bridge)).build()));
        assertThat(replanned.plan()).extracting(PlannedPermanence::date).doesNotContain(MONDAY, CHRISTMAS, NEW_YEAR);
        assertThat(replanned.getScore().hardScore()).isZero();
    }

    @Test
    void schoolHolidaysAreNamedWithTheirFirstAndLastDay() {
        List<DayOff> christmasHolidays = LocalDate.of(2026, 12, 19).datesUntil(LocalDate.of(2027, 1, 4))
                .map(d -> DayOff.wholeDay(d, DayOffKind.SCHOOL_HOLIDAY, "Vacances de Noël")).toList();
        PermanenceSchedule plan = solver.solve(problem().daysOff(christmasHolidays).build());

        assertThat(plan.plan()).extracting(PlannedPermanence::date).allMatch(d -> d.isBefore(LocalDate.of(2026, 12, 19)));
        assertThat(solver.explainInFrench(plan).commune(CORBAS, YearMonth.of(2026, 12)).sentence())
                .contains("vacances scolaires (Vacances de Noël) du lundi 21 décembre au jeudi 31 décembre");
        assertThat(Set.copyOf(solver.explainInFrench(plan).daysOff()))
                .contains("Lundi 21 décembre : vacances scolaires (Vacances de Noël), pas de permanence");
    }
}
