package fr.allervers.permanence.solver;

import static fr.allervers.permanence.solver.Fixtures.CORBAS;
import static fr.allervers.permanence.solver.Fixtures.FEYZIN;
import static fr.allervers.permanence.solver.Fixtures.am;
import static fr.allervers.permanence.solver.Fixtures.corbas;
import static fr.allervers.permanence.solver.Fixtures.counsellor;
import static fr.allervers.permanence.solver.Fixtures.held;
import static fr.allervers.permanence.solver.Fixtures.place;
import static fr.allervers.permanence.solver.Fixtures.pm;
import static fr.allervers.permanence.solver.Fixtures.rules;
import static fr.allervers.permanence.solver.Fixtures.seat;
import static fr.allervers.permanence.solver.Fixtures.socialWorker;
import static fr.allervers.permanence.solver.Fixtures.travel;
import static fr.allervers.permanence.solver.Fixtures.van;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DatedHalfDay;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.domain.WeeklySlot;

class PermanenceConstraintProviderTest {

    private final ConstraintVerifier<PermanenceConstraintProvider, PermanenceSchedule> verifier =
            ConstraintVerifier.build(new PermanenceConstraintProvider(), PermanenceSchedule.class,
                    Permanence.class, Seat.class).withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static final java.time.LocalDate MONDAY_DATE = Fixtures.MONDAY;

    private final Vehicle van1 = van(1);
    private final Vehicle van2 = van(2);
    private final CandidatePlace a = place(1, CORBAS);
    private final CandidatePlace b = place(2, FEYZIN);
    private final Worker sw = socialWorker(10);
    private final Worker cip = counsellor(20);

    // ---------- Hard ----------

    @Test
    void vanConflict() {
        verifier.verifyThat(PermanenceConstraintProvider::vanConflict)
                .given(held(1, am(0), van1, a), held(2, am(0), van1, b))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::vanConflict)
                .given(held(1, am(0), van1, a), held(2, pm(0), van1, b), held(3, am(0), null, b),
                        held(4, am(0), null, place(3, FEYZIN)))
                .penalizes(0);
    }

    @Test
    void placeConflict() {
        verifier.verifyThat(PermanenceConstraintProvider::placeConflict)
                .given(held(1, am(0), van1, a), held(2, am(0), van2, a))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::placeConflict)
                .given(held(1, am(0), van1, a), held(2, am(1), van2, a), held(3, am(0), null, b))
                .penalizes(0);
    }

    @Test
    void staffConflict() {
        Permanence p1 = held(1, am(0), van1, a);
        Permanence p2 = held(2, am(0), van2, b);
        verifier.verifyThat(PermanenceConstraintProvider::staffConflict)
                .given(p1, p2, seat(p1, 0, Profession.SOCIAL_WORKER, sw), seat(p2, 0, Profession.SOCIAL_WORKER, sw))
                .penalizesBy(1);
        Permanence notHeld = held(3, am(0), van2, null);
        verifier.verifyThat(PermanenceConstraintProvider::staffConflict)
                .given(p1, notHeld, seat(p1, 0, Profession.SOCIAL_WORKER, sw), seat(notHeld, 0, Profession.SOCIAL_WORKER, sw))
                .penalizes(0);
    }

    @Test
    void staffUnavailable() {
        Permanence p = held(1, am(0), van1, a);
        Worker onLeave = Fixtures.unavailableOn(sw, am(0).date());
        verifier.verifyThat(PermanenceConstraintProvider::staffUnavailable)
                .given(p, seat(p, 0, Profession.SOCIAL_WORKER, onLeave))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::staffUnavailable)
                .given(p, seat(p, 0, Profession.SOCIAL_WORKER, sw))
                .penalizes(0);
    }

    @Test
    void vanUnavailable() {
        Vehicle inGarage = new Vehicle(1, "Camion 1", WeeklySlot.weekdays(), Set.of(am(0).date()));
        verifier.verifyThat(PermanenceConstraintProvider::vanUnavailable)
                .given(held(1, am(0), inGarage, a))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::vanUnavailable)
                .given(held(1, am(1), inGarage, a), held(2, am(0), van2, a))
                .penalizes(0);
    }

    /** A half-day absence (a morning at the doctor's) blocks that half-day only. */
    @Test
    void staffUnavailableForHalfADay() {
        Worker offInTheMorning = sw.withUnavailableHalfDays(Set.of(DatedHalfDay.of(am(0))));
        Permanence morning = held(1, am(0), van1, a);
        Permanence afternoon = held(2, pm(0), van1, a);
        verifier.verifyThat(PermanenceConstraintProvider::staffUnavailable)
                .given(morning, seat(morning, 0, Profession.SOCIAL_WORKER, offInTheMorning))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::staffUnavailable)
                .given(afternoon, seat(afternoon, 0, Profession.SOCIAL_WORKER, offInTheMorning))
                .penalizes(0);
    }

    /** A van back from the garage at noon can hold the afternoon permanence. */
    @Test
    void vanUnavailableForHalfADay() {
        Vehicle garageMorning = new Vehicle(1, "Camion 1", WeeklySlot.weekdays(), Set.of(), Set.of(DatedHalfDay.of(am(0))));
        verifier.verifyThat(PermanenceConstraintProvider::vanUnavailable)
                .given(held(1, am(0), garageMorning, a))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::vanUnavailable)
                .given(held(1, pm(0), garageMorning, a), held(2, am(1), garageMorning, b))
                .penalizes(0);
    }

    @Test
    void incompletePair() {
        Permanence p = held(1, am(0), van1, a);
        verifier.verifyThat(PermanenceConstraintProvider::incompletePair)
                .given(p, seat(p, 0, Profession.SOCIAL_WORKER, sw), seat(p, 1, Profession.EMPLOYMENT_COUNSELLOR, null))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::incompletePair)
                .given(p, seat(p, 0, Profession.SOCIAL_WORKER, sw), seat(p, 1, Profession.EMPLOYMENT_COUNSELLOR, sw))
                .penalizesBy(1);
        Permanence notHeld = held(2, am(1), van1, null);
        verifier.verifyThat(PermanenceConstraintProvider::incompletePair)
                .given(p, seat(p, 0, Profession.SOCIAL_WORKER, sw), seat(p, 1, Profession.EMPLOYMENT_COUNSELLOR, cip),
                        notHeld, seat(notHeld, 0, Profession.SOCIAL_WORKER, null))
                .penalizes(0);
    }

    @Test
    void placeClosed() {
        CandidatePlace mondayMarket = new CandidatePlace(3, "Marché", CORBAS, SiteKind.MARKET, true,
                WeeklySlot.of(EnumSet.of(DayOfWeek.MONDAY), EnumSet.of(DayPart.AM)), 0.5);
        verifier.verifyThat(PermanenceConstraintProvider::placeClosed)
                .given(held(1, pm(0), van1, mondayMarket), held(2, am(1), van1, mondayMarket))
                .penalizesBy(2);
        verifier.verifyThat(PermanenceConstraintProvider::placeClosed)
                .given(held(1, am(0), van1, mondayMarket), held(2, am(7), van1, mondayMarket))
                .penalizes(0);
    }

    @Test
    void aTemporaryPlaceIsClosedOutsideItsDates() {
        // A Christmas market open every weekday, from Tuesday 3 to Wednesday 4 March only.
        CandidatePlace temporary = new CandidatePlace(4, "Marché de Noël", CORBAS, SiteKind.MARKET, true, WeeklySlot.weekdays(), 0.5,
                Fixtures.MONDAY.plusDays(1), Fixtures.MONDAY.plusDays(2));
        verifier.verifyThat(PermanenceConstraintProvider::placeClosed)
                .given(held(1, am(0), van1, temporary), held(2, pm(3), van1, temporary))
                .penalizesBy(2);
        verifier.verifyThat(PermanenceConstraintProvider::placeClosed)
                .given(held(1, am(1), van1, temporary), held(2, pm(2), van1, temporary))
                .penalizes(0);
    }

    @Test
    void aPermanenceOnADayOffIsHardBroken() {
        DayOff tuesdayClosed = DayOff.wholeDay(MONDAY_DATE.plusDays(1), DayOffKind.CLOSING, "pont");
        DayOff wednesdayAfternoon = new DayOff(MONDAY_DATE.plusDays(2), DayPart.PM, DayOffKind.CLOSING, "réunion",
                Set.of());
        DayOff elsewhere = new DayOff(MONDAY_DATE.plusDays(3), null, DayOffKind.PUBLIC_HOLIDAY, "Vendredi saint",
                Set.of("57", "67", "68"));
        verifier.verifyThat(PermanenceConstraintProvider::dayOff)
                .given(tuesdayClosed, wednesdayAfternoon, elsewhere,
                        held(1, am(1), van1, a), held(2, pm(2), van1, a))
                .penalizesBy(2);
        verifier.verifyThat(PermanenceConstraintProvider::dayOff)
                .given(tuesdayClosed, wednesdayAfternoon, elsewhere,
                        held(1, am(0), van1, a), held(2, am(2), van1, a), held(3, am(3), van1, a))
                .penalizes(0);
        // A day off for two reasons is one broken rule, not two.
        verifier.verifyThat(PermanenceConstraintProvider::dayOff)
                .given(tuesdayClosed, DayOff.wholeDay(MONDAY_DATE.plusDays(1), DayOffKind.SCHOOL_HOLIDAY, "Hiver"),
                        held(1, am(1), van1, a))
                .penalizesBy(1);
    }

    @Test
    void placeNotVanAccessible() {
        CandidatePlace centreSocial = new CandidatePlace(3, "Centre social", CORBAS, SiteKind.CENTRE_SOCIAL, false,
                WeeklySlot.weekdays(), 0.5);
        verifier.verifyThat(PermanenceConstraintProvider::placeNotVanAccessible)
                .given(held(1, am(0), van1, centreSocial))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::placeNotVanAccessible)
                .given(held(1, am(0), null, centreSocial), held(2, am(0), van1, a))
                .penalizes(0);
    }

    @Test
    void vanLunchBreak() {
        PlanningRules farApart = rules(travel(1, 2, 120));
        verifier.verifyThat(PermanenceConstraintProvider::vanLunchBreak)
                .given(farApart, held(1, am(0), van1, a), held(2, pm(0), van1, b))
                .penalizesBy(1);
        PlanningRules close = rules(travel(1, 2, 30));
        verifier.verifyThat(PermanenceConstraintProvider::vanLunchBreak)
                .given(close, held(1, am(0), van1, a), held(2, pm(0), van1, b))
                .penalizes(0);
    }

    @Test
    void staffLunchBreak() {
        Permanence morning = held(1, am(0), van1, a);
        Permanence afternoon = held(2, pm(0), van2, b);
        Object[] sameWorkerBothHalfDays = {morning, afternoon,
                seat(morning, 0, Profession.SOCIAL_WORKER, sw), seat(afternoon, 0, Profession.SOCIAL_WORKER, sw)};
        verifier.verifyThat(PermanenceConstraintProvider::staffLunchBreak)
                .given(concat(sameWorkerBothHalfDays, rules(travel(1, 2, 120))))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::staffLunchBreak)
                .given(concat(sameWorkerBothHalfDays, rules(travel(1, 2, 45))))
                .penalizes(0);
    }

    @Test
    void communeMonthlyMaximum() {
        CommuneMonth march = new CommuneMonth(CORBAS, "Corbas", YearMonth.of(2026, 3), 2, 2);
        CandidatePlace c2 = place(3, CORBAS);
        verifier.verifyThat(PermanenceConstraintProvider::communeMonthlyMaximum)
                .given(march, held(1, am(0), van1, a), held(2, am(7), van1, a), held(3, am(14), van1, c2))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::communeMonthlyMaximum)
                .given(march, held(1, am(0), van1, a), held(2, am(7), van1, a), held(3, am(14), van1, b))
                .penalizes(0);
    }

    @Test
    void communeVisitSpacing() {
        CommuneQuota corbas = corbas(); // at least 5 days between visits
        verifier.verifyThat(PermanenceConstraintProvider::communeVisitSpacing)
                .given(corbas, held(1, am(0), van1, a), held(2, am(2), van2, place(3, CORBAS)))
                .penalizesBy(3);
        verifier.verifyThat(PermanenceConstraintProvider::communeVisitSpacing)
                .given(corbas, held(1, am(0), van1, a), held(2, am(7), van1, a), held(3, am(1), van1, b))
                .penalizes(0);
    }

    // ---------- Medium ----------

    @Test
    void communeMonthlyMinimum() {
        CommuneMonth corbasMarch = new CommuneMonth(CORBAS, "Corbas", YearMonth.of(2026, 3), 2, 4);
        CommuneMonth feyzinMarch = new CommuneMonth(FEYZIN, "Feyzin", YearMonth.of(2026, 3), 2, 4);
        verifier.verifyThat(PermanenceConstraintProvider::communeMonthlyMinimum)
                .given(corbasMarch, feyzinMarch, held(1, am(0), van1, a), held(2, am(7), van1, null))
                .penalizesBy(1 + 2);
        verifier.verifyThat(PermanenceConstraintProvider::communeMonthlyMinimum)
                .given(corbasMarch, held(1, am(0), van1, a), held(2, am(7), van1, a), held(3, am(8), van1, b))
                .penalizes(0);
    }

    // ---------- Soft ----------

    @Test
    void demandServed() {
        verifier.verifyThat(PermanenceConstraintProvider::demandServed)
                .given(held(1, am(0), van1, a), held(2, am(1), van1, null))
                .rewardsWith(PermanenceConstraintProvider.DEMAND_BASE + PermanenceConstraintProvider.DEMAND_WEIGHT / 2);
        verifier.verifyThat(PermanenceConstraintProvider::demandServed)
                .given(held(1, am(0), van1, null))
                .rewards(0);
    }

    @Test
    void regularWeeklySlot() {
        verifier.verifyThat(PermanenceConstraintProvider::regularWeeklySlot)
                .given(held(1, am(0), van1, a), held(2, am(10), van1, a), held(3, pm(14), van1, a))
                .penalizesBy(2);
        verifier.verifyThat(PermanenceConstraintProvider::regularWeeklySlot)
                .given(held(1, am(0), van1, a), held(2, am(7), van1, a), held(3, pm(3), van1, b))
                .penalizes(0);
    }

    @Test
    void regularTeam() {
        Permanence first = held(1, am(0), van1, a);
        Permanence second = held(2, am(7), van1, a);
        verifier.verifyThat(PermanenceConstraintProvider::regularTeam)
                .given(first, second, seat(first, 0, Profession.SOCIAL_WORKER, sw),
                        seat(second, 0, Profession.SOCIAL_WORKER, socialWorker(11)))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::regularTeam)
                .given(first, second, seat(first, 0, Profession.SOCIAL_WORKER, sw), seat(second, 0, Profession.SOCIAL_WORKER, sw),
                        seat(first, 1, Profession.EMPLOYMENT_COUNSELLOR, cip))
                .penalizes(0);
    }

    @Test
    void fairWorkload() {
        Permanence first = held(1, am(0), van1, a);
        Permanence second = held(2, am(7), van1, a);
        verifier.verifyThat(PermanenceConstraintProvider::fairWorkload)
                .given(first, second, seat(first, 0, Profession.SOCIAL_WORKER, sw), seat(second, 0, Profession.SOCIAL_WORKER, sw),
                        seat(first, 1, Profession.EMPLOYMENT_COUNSELLOR, cip))
                .penalizesBy(2 * 2 + 1);
        Permanence notHeld = held(3, am(1), van1, null);
        verifier.verifyThat(PermanenceConstraintProvider::fairWorkload)
                .given(notHeld, seat(notHeld, 0, Profession.SOCIAL_WORKER, sw))
                .penalizes(0);
    }

    @Test
    void vanTravel() {
        PlanningRules travel = rules(travel(1, 2, 25));
        verifier.verifyThat(PermanenceConstraintProvider::vanTravel)
                .given(travel, held(1, am(0), van1, a), held(2, pm(0), van1, b))
                .penalizesBy(25);
        verifier.verifyThat(PermanenceConstraintProvider::vanTravel)
                .given(travel, held(1, am(0), van1, a), held(2, pm(0), van1, a), held(3, pm(1), van1, b))
                .penalizesBy(0);
    }

    @Test
    void staffPreference() {
        Worker likesB = new Worker(12, "AS-12", Profession.SOCIAL_WORKER, WeeklySlot.weekdays(), Set.of(), Set.of(b.id()));
        Permanence atA = held(1, am(0), van1, a);
        Permanence atB = held(2, am(1), van1, b);
        verifier.verifyThat(PermanenceConstraintProvider::staffPreference)
                .given(atA, seat(atA, 0, Profession.SOCIAL_WORKER, likesB))
                .penalizesBy(1);
        verifier.verifyThat(PermanenceConstraintProvider::staffPreference)
                .given(atA, atB, seat(atB, 0, Profession.SOCIAL_WORKER, likesB), seat(atA, 0, Profession.SOCIAL_WORKER, sw))
                .penalizes(0);
    }

    @Test
    void stablePlace() {
        Permanence moved = held(1, am(0), van1, b);
        moved.setPreviousPlace(a);
        Permanence cancelled = held(2, am(1), van1, null);
        cancelled.setPreviousPlace(a);
        verifier.verifyThat(PermanenceConstraintProvider::stablePlace)
                .given(moved, cancelled)
                .penalizesBy(2);
        Permanence kept = held(1, am(0), van1, a);
        kept.setPreviousPlace(a);
        verifier.verifyThat(PermanenceConstraintProvider::stablePlace)
                .given(kept, held(2, am(1), van1, b))
                .penalizes(0);
    }

    @Test
    void stableTeam() {
        Permanence p = held(1, am(0), van1, a);
        Seat replaced = seat(p, 0, Profession.SOCIAL_WORKER, socialWorker(11));
        replaced.setPreviousStaff(sw);
        verifier.verifyThat(PermanenceConstraintProvider::stableTeam)
                .given(p, replaced)
                .penalizesBy(1);
        Seat kept = seat(p, 0, Profession.SOCIAL_WORKER, sw);
        kept.setPreviousStaff(sw);
        verifier.verifyThat(PermanenceConstraintProvider::stableTeam)
                .given(p, kept, seat(p, 1, Profession.EMPLOYMENT_COUNSELLOR, cip))
                .penalizes(0);
    }

    private static Object[] concat(Object[] facts, Object more) {
        Object[] all = java.util.Arrays.copyOf(facts, facts.length + 1);
        all[facts.length] = more;
        return all;
    }
}
