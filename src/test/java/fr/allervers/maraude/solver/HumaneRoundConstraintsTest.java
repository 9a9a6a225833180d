package fr.allervers.maraude.solver;

import static fr.allervers.maraude.solver.RoundFixtures.A;
import static fr.allervers.maraude.solver.RoundFixtures.B;
import static fr.allervers.maraude.solver.RoundFixtures.BASE;
import static fr.allervers.maraude.solver.RoundFixtures.MINUTE;
import static fr.allervers.maraude.solver.RoundFixtures.route;
import static fr.allervers.maraude.solver.RoundFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.allervers.maraude.domain.Location;
import fr.allervers.maraude.domain.LunchBreak;
import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.Visit;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.maraude.domain.VisitSeries;
import fr.allervers.routing.TravelMode;

/** The rules of issue 15: lunch break, limits on foot, visit frequency across days, workload balance. */
class HumaneRoundConstraintsTest {

    private static final long HOUR = 60 * MINUTE;
    /** 12:00–14:00, 45 minutes: the latest start is 13:15. */
    private static final LunchBreak LUNCH = new LunchBreak(12 * HOUR, 14 * HOUR, 45 * MINUTE);

    private final ConstraintVerifier<RoundConstraintProvider, RoundSolution> verifier =
            ConstraintVerifier.create(RoundSolverConfig.create(new TerminationConfig()));

    private static Team team(String id, TravelMode mode, int day, LunchBreak lunch, Long maxMetres, Long maxSeconds,
            long balanceWeight) {
        long offset = day * 86_400L;
        return new Team(id, "Équipe " + id, mode, offset + 9 * HOUR, offset + 17 * HOUR, BASE, Set.of(), null, day,
                lunch, maxMetres, maxSeconds, balanceWeight);
    }

    /** A van team working on plan day {@code day}, with no lunch break nor walking limit. */
    private static Team car(String id, int day, long balanceWeight) {
        return team(id, TravelMode.CAR, day, null, null, null, balanceWeight);
    }

    private static Team walkers(Long maxMetres, Long maxSeconds) {
        return team("pied", TravelMode.FOOT, 0, null, maxMetres, maxSeconds, 0);
    }

    private static Team withLunch() {
        return team("1", TravelMode.CAR, 0, LUNCH, null, null, 0);
    }

    /** A mandatory place open all day, needing no skill. */
    private static Visit stop(String id, Location location) {
        return visit(id, location, Set.of(), 0, 1, true);
    }

    // ---- Lunch break

    @Test
    void penalisesABreakStartingAfterItsLatestStart() {
        assertLunchPenalty(14 * HOUR + 15 * MINUTE, 13 * HOUR + 30 * MINUTE, 15 * MINUTE);
    }

    @Test
    void acceptsABreakWithinItsWindow() {
        assertLunchPenalty(13 * HOUR, 12 * HOUR + 15 * MINUTE, 0);
    }

    /** One stop, reached at {@code arrival}, the break taken before it at {@code lunchStart}. */
    private void assertLunchPenalty(long arrival, long lunchStart, long penalty) {
        Team team = withLunch();
        Visit visit = stop("a", A);
        route(team, visit);
        visit.setArrivalTime(arrival);
        visit.setLunchStart(lunchStart);
        visit.setLunchPending(false);

        verifier.verifyThat(RoundConstraintProvider::lunchBreak).given(team, visit).penalizesBy(penalty);
    }

    @Test
    void penalisesABreakTakenLateOnTheWayBack() {
        // Leaves A at 13:20 (arrived 13:00, 20 min on site) with the break still pending: back at base at 13:30 would
        // be too late to eat there, so it eats on the way from 13:20, five minutes after the latest start.
        Team team = withLunch();
        Visit visit = stop("a", A);
        route(team, visit);
        visit.setArrivalTime(13 * HOUR);
        visit.setLunchPending(true);

        verifier.verifyThat(RoundConstraintProvider::lunchBreak).given(team, visit).penalizesBy(5 * MINUTE);
        assertThat(visit.returnTime()).isEqualTo(13 * HOUR + 20 * MINUTE + 45 * MINUTE + 10 * MINUTE);
    }

    @Test
    void postponesTheBreakWhileTheNextStopEndsBeforeItsLatestStart() {
        Team team = withLunch();
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(team, first, second);

        Visit.Arrival arrival = second.arriveAfter(11 * HOUR + 50 * MINUTE, true);

        assertThat(arrival).isEqualTo(new Visit.Arrival(12 * HOUR, null, true));
    }

    @Test
    void takesTheBreakOnArrivalWhenTheStopWouldOtherwiseEndTooLate() {
        Team team = withLunch();
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(team, first, second);

        // Reached at 13:00; serving first would end at 13:20, past 13:15: eat 13:00–13:45, then serve.
        assertThat(second.arriveAfter(12 * HOUR + 50 * MINUTE, true))
                .isEqualTo(new Visit.Arrival(13 * HOUR + 45 * MINUTE, 13 * HOUR, false));
        // Reached at 13:20, already past 13:15: eat before leaving, at 13:10.
        assertThat(second.arriveAfter(13 * HOUR + 10 * MINUTE, true))
                .isEqualTo(new Visit.Arrival(13 * HOUR + 10 * MINUTE + 45 * MINUTE + 10 * MINUTE,
                        13 * HOUR + 10 * MINUTE, false));
    }

    @Test
    void takesTheBreakWhileWaitingForAPlaceToOpenAtNoCost() {
        Team team = withLunch();
        Visit first = stop("a", A);
        Visit hotel = visit("h", B, new TimeWindow(14 * HOUR, 18 * HOUR));
        route(team, first, hotel);

        Visit.Arrival arrival = hotel.arriveAfter(11 * HOUR + 50 * MINUTE, true);

        assertThat(arrival).isEqualTo(new Visit.Arrival(12 * HOUR + 45 * MINUTE, 12 * HOUR, false));
        assertThat(hotel.serviceStartFor(arrival.ready())).isEqualTo(14 * HOUR);
    }

    // ---- Limits on foot

    @Test
    void penalisesTheMetresWalkedBeyondTheLimit() {
        Team walkers = walkers(3_000L, null);
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(walkers, first, second);

        // base → A 1 km, A → B 1 km, B → base 2 km: 4 km for 3 allowed.
        verifier.verifyThat(RoundConstraintProvider::walkingDistance).given(walkers, first, second)
                .penalizesBy(1_000);
    }

    @Test
    void acceptsAWalkWithinTheLimitAndVehiclesWithoutOne() {
        Team walkers = walkers(4_000L, null);
        Team van = car("camion", 0, 0);
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        Visit far = stop("c", RoundFixtures.C);
        route(walkers, first, second);
        route(van, far);

        verifier.verifyThat(RoundConstraintProvider::walkingDistance).given(walkers, van, first, second, far)
                .penalizesBy(0);
    }

    @Test
    void penalisesARoundOnFootLongerThanAllowedBreakExcluded() {
        Team walkers = walkers(null, HOUR);
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(walkers, first, second);
        first.setArrivalTime(9 * HOUR + 10 * MINUTE);
        second.setArrivalTime(9 * HOUR + 40 * MINUTE);

        // Out from 9:00 to 10:20 (B left at 10:00, 20 min back): 80 minutes for 60 allowed.
        verifier.verifyThat(RoundConstraintProvider::footWorkingTime).given(walkers, first, second)
                .penalizesBy(20 * MINUTE);
    }

    @Test
    void acceptsARoundOnFootWithinItsTime() {
        Team walkers = walkers(null, 2 * HOUR);
        Visit first = stop("a", A);
        route(walkers, first);
        first.setArrivalTime(9 * HOUR + 10 * MINUTE);

        verifier.verifyThat(RoundConstraintProvider::footWorkingTime).given(walkers, first).penalizesBy(0);
    }

    // ---- Frequency across days

    /** Plan days Mon 3, Thu 6, Mon 10, Thu 13 June; a hotel every 7 days. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 6),
            LocalDate.of(2030, 6, 10), LocalDate.of(2030, 6, 13));

    private static Visit occurrence(VisitSeries series, int rank) {
        return new Visit("h-" + rank, "Hôtel", VisitKind.HOTEL_115, A, 20 * MINUTE,
                List.of(new TimeWindow(0, 30 * 86_400L)), Set.of(), 0, 1, true, series, rank);
    }

    @Test
    void penalisesEachPlannedDayBeyondTheFrequency() {
        // Seen Monday 3: due again by Monday 10 (day 2); Thursday 13 (day 3) is one planned day late.
        assertFrequencyPenalty(car("lun", 0, 0), car("jeu", 3, 0), RoundConstraintProvider.DAY_LATE_WEIGHT);
    }

    @Test
    void penalisesOccurrencesOutOfOrderAndAcceptsThemOnTime() {
        Team day0 = car("d0", 0, 0);
        Team day2 = car("d2", 2, 0);

        assertFrequencyPenalty(day2, day0, 3 * RoundConstraintProvider.DAY_LATE_WEIGHT);
        assertFrequencyPenalty(day0, day2, 0);
    }

    /** The weekly hotel's first occurrence planned on {@code firstTeam}'s day, its second on {@code secondTeam}'s. */
    private void assertFrequencyPenalty(Team firstTeam, Team secondTeam, long penalty) {
        VisitSeries series = new VisitSeries("hotel-1", 7, DAYS);
        Visit first = occurrence(series, 1);
        Visit second = occurrence(series, 2);
        route(firstTeam, first);
        route(secondTeam, second);

        verifier.verifyThat(RoundConstraintProvider::visitFrequency).given(firstTeam, secondTeam, first, second)
                .penalizesBy(penalty);
    }

    @Test
    void aSeriesAllowsTheNextPlannedDayWhenNoneFallsWithinTheFrequency() {
        VisitSeries everyTwoDays = new VisitSeries("hotel-2", 2, DAYS);

        assertThat(everyTwoDays.daysLate(0, 1)).isZero();  // Mon → Thu: no planned day in between
        assertThat(everyTwoDays.daysLate(0, 2)).isEqualTo(1);
        assertThat(new VisitSeries("hotel-3", 14, DAYS).daysLate(0, 3)).isZero();
    }

    // ---- Workload balance

    @Test
    void penalisesTheSquaredBusyMinutesOfEachTeam() {
        Team busy = car("1", 0, 1);
        Team idle = car("2", 0, 1);
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(busy, first, second);

        // 10 + 20 min to and at A, 10 + 20 to and at B, 20 back: 80 busy minutes, the other team none.
        verifier.verifyThat(RoundConstraintProvider::workloadBalance).given(busy, idle, first, second)
                .penalizesBy(80 * 80);
    }

    @Test
    void splittingTheWorkCostsLessThanOneTeamDoingEverything() {
        Team one = car("1", 0, 1);
        Team two = car("2", 0, 1);
        Visit first = stop("a", A);
        Visit second = stop("b", B);
        route(one, first);
        route(two, second);

        // 40 minutes (A and back) and 60 minutes (B and back): 1600 + 3600 < 6400, though 20 minutes more travel.
        verifier.verifyThat(RoundConstraintProvider::workloadBalance).given(one, two, first, second)
                .penalizesBy(40 * 40 + 60 * 60);
    }

    @Test
    void teamsWithoutBalancingAreNotPenalised() {
        Team team = RoundFixtures.team("1");
        Visit first = stop("a", A);
        route(team, first);

        verifier.verifyThat(RoundConstraintProvider::workloadBalance).given(team, first).penalizesBy(0);
    }
}
