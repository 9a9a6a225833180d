package fr.allervers.permanence.solver;

import static fr.allervers.permanence.solver.Fixtures.CORBAS;
import static fr.allervers.permanence.solver.Fixtures.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.permanence.solver.PlanExplanation.CommuneExplanation;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.UnreachablePoint;

/**
 * Corbas has one place, open on Monday and Thursday mornings, and its only counsellor never works on Thursdays.
 * Two permanences are held, both on Mondays.
 */
class PlanExplainerTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final CandidatePlace mairie = new CandidatePlace(1, "Place de la Mairie", CORBAS, SiteKind.PUBLIC_SQUARE, true,
            WeeklySlot.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), EnumSet.of(DayPart.AM)), 0.6);
    private final Worker socialWorker = Worker.of(1, "AS-1", Profession.SOCIAL_WORKER);
    private final Worker counsellorOffOnThursdays = new Worker(2, "CIP-1", Profession.EMPLOYMENT_COUNSELLOR,
            WeeklySlot.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    EnumSet.allOf(DayPart.class)), Set.of(), Set.of());
    private final PermanenceSolver solver = new PermanenceSolver(
            PermanenceSolverConfig.timeLimit(Duration.ofSeconds(1)));

    @Test
    void explainsWhyCorbasHasOnlyTwoPermanences() {
        PermanenceSchedule schedule = schedule(List.of(
                mondayMorning(0).pin(), mondayMorning(7).pin()));

        PlanExplanation explanation = solver.explainInFrench(schedule);

        CommuneExplanation corbas = explanation.commune(CORBAS, MARCH);
        assertThat(corbas.sentence())
                .isEqualTo("Corbas : 2 permanences sur 4 possibles — aucun binôme disponible le jeudi");
        assertThat(corbas.issues()).isEmpty();
        assertThat(explanation.brokenRules()).isEmpty();
        assertThat(explanation.permanences().get(0).sentence())
                .isEqualTo("Lundi 2 mars matin : Corbas, Place de la Mairie — Camion 1, AS-1 et CIP-1 (épinglée)");
    }

    @Test
    void namesTheBrokenRulesPerCommuneAndPerPermanence() {
        // Announced on a Thursday, when the counsellor does not work; a single visit in the month.
        PlannedPermanence thursday = new PlannedPermanence(MONDAY.plusDays(3), DayPart.AM, 1L, mairie.id(),
                List.of(socialWorker.id(), counsellorOffOnThursdays.id()), true);
        PermanenceSchedule schedule = schedule(List.of(thursday));

        PlanExplanation explanation = solver.explainInFrench(schedule);

        assertThat(explanation.brokenRules()).containsExactlyInAnyOrder(
                "« " + PermanenceConstraintProvider.STAFF_UNAVAILABLE + " » : 1 cas",
                "« " + PermanenceConstraintProvider.COMMUNE_MONTHLY_MINIMUM + " » : 1 cas");
        assertThat(explanation.commune(CORBAS, MARCH).issues()).containsExactlyInAnyOrder(
                "CIP-1 n'est pas disponible le jeudi 5 mars matin à Place de la Mairie.",
                "Corbas : 1 permanence en mars 2026, en dessous du minimum de 2.");
        assertThat(explanation.permanences()).singleElement().satisfies(p -> assertThat(p.issues())
                .containsExactly("CIP-1 n'est pas disponible le jeudi 5 mars matin à Place de la Mairie."));
    }

    @Test
    void eachBrokenRuleNamesItsPermanenceDayAndPeople() {
        PlannedPermanence thursday = new PlannedPermanence(MONDAY.plusDays(3), DayPart.AM, 1L, mairie.id(),
                List.of(socialWorker.id(), counsellorOffOnThursdays.id()), true);

        PlanExplanation explanation = solver.explainInFrench(schedule(List.of(thursday)));

        assertThat(explanation.violations()).hasSize(2);
        BrokenRule unavailable = explanation.violations().get(0);
        assertThat(unavailable.rule()).isEqualTo("STAFF_UNAVAILABLE");
        assertThat(unavailable.label()).isEqualTo(PermanenceConstraintProvider.STAFF_UNAVAILABLE);
        assertThat(unavailable.severity()).isEqualTo(BrokenRule.HARD);
        assertThat(unavailable.date()).isEqualTo(MONDAY.plusDays(3));
        assertThat(unavailable.people()).containsExactly(new BrokenRule.Person(2, "CIP-1"));
        assertThat(unavailable.permanences()).singleElement().satisfies(p -> assertThat(p.placeId())
                .isEqualTo(mairie.id()));
        assertThat(unavailable.message()).isEqualTo("CIP-1 n'est pas disponible le jeudi 5 mars matin à Place de la"
                + " Mairie.");
        BrokenRule minimum = explanation.violations().get(1);
        assertThat(minimum.rule()).isEqualTo("COMMUNE_MONTHLY_MINIMUM");
        assertThat(minimum.severity()).isEqualTo(BrokenRule.MEDIUM);
        assertThat(minimum.date()).isNull();
        assertThat(minimum.communeInsee()).isEqualTo(CORBAS);
        assertThat(minimum.people()).isEmpty();
    }

    /** The road network cannot reach the square: the van is still sent there (no other place), but not silently. */
    @Test
    void namesAPlaceTheRoadsCannotReach() {
        LonLat square = new LonLat(4.90, 45.67);
        PlaceTravel roads = new PlaceTravel(List.of(mairie.id()), new TravelMatrix(List.of(square),
                new long[1][1], new double[1][1], List.of(new UnreachablePoint(0, square, "à plus de 200 m d'une route"))));

        PlanExplanation explanation = solver.explainInFrench(schedule(List.of(mondayMorning(0).pin()), roads));

        String unreachable = "Place de la Mairie injoignable en voiture (à plus de 200 m d'une route) : ses trajets"
                + " comptent pour 24 h";
        assertThat(explanation.permanences()).singleElement()
                .satisfies(p -> assertThat(p.issues()).containsExactly(unreachable));
        assertThat(explanation.commune(CORBAS, MARCH).issues()).contains(unreachable);
        assertThat(solver.explainInFrench(schedule(List.of(mondayMorning(0).pin()))).permanences()).singleElement()
                .satisfies(p -> assertThat(p.issues()).isEmpty());
    }

    @Test
    void aRuleWithoutAKnownCodeGetsOneFromItsName() {
        assertThat(BrokenRule.code("Jour férié")).isEqualTo("JOUR_FERIE");
        assertThat(BrokenRule.code(PermanenceConstraintProvider.INCOMPLETE_PAIR)).isEqualTo("INCOMPLETE_PAIR");
    }

    private PlannedPermanence mondayMorning(int dayOffset) {
        return new PlannedPermanence(MONDAY.plusDays(dayOffset), DayPart.AM, 1L, mairie.id(),
                List.of(socialWorker.id(), counsellorOffOnThursdays.id()), false);
    }

    /** Two weeks, with the full monthly targets of Corbas (2 to 4) instead of the prorated ones. */
    private PermanenceSchedule schedule(List<PlannedPermanence> plan) {
        return schedule(plan, PlaceTravel.none());
    }

    private PermanenceSchedule schedule(List<PlannedPermanence> plan, PlaceTravel travel) {
        PermanenceProblem problem = PermanenceProblem.builder()
                .weekdays(MONDAY, 2)
                .communes(List.of(CommuneQuota.of(CORBAS, "Corbas")))
                .places(List.of(mairie))
                .staff(List.of(socialWorker, counsellorOffOnThursdays))
                .vans(List.of(Fixtures.van(1)))
                .previousPlan(plan)
                .travel(travel)
                .build();
        PermanenceSchedule built = ScheduleBuilder.build(problem);
        return new PermanenceSchedule(built.getSlots(), built.getCommunes(),
                List.of(new CommuneMonth(CORBAS, "Corbas", MARCH, 2, 4)), built.getPlaces(), built.getStaff(),
                built.getVans(), built.getRules(), built.getPermanences(), built.getSeats());
    }
}
