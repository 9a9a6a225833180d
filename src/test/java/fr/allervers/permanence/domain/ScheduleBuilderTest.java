package fr.allervers.permanence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScheduleBuilderTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final CandidatePlace square = new CandidatePlace(1, "Place", "69273", SiteKind.PUBLIC_SQUARE, true,
            WeeklySlot.of(EnumSet.of(DayOfWeek.MONDAY), EnumSet.of(DayPart.AM)), 0.5);
    private final CandidatePlace centreSocial = new CandidatePlace(2, "Centre social", "69273", SiteKind.CENTRE_SOCIAL, false,
            WeeklySlot.weekdays(), 0.5);
    private final Worker sw = Worker.of(1, "AS-1", Profession.SOCIAL_WORKER);
    private final Worker cip = Worker.of(2, "CIP-1", Profession.EMPLOYMENT_COUNSELLOR);

    private PermanenceProblem.Builder problem(int weeks) {
        return PermanenceProblem.builder().weekdays(MONDAY, weeks)
                .communes(List.of(CommuneQuota.of("69273", "Corbas")))
                .places(List.of(square, centreSocial))
                .staff(List.of(sw, cip))
                .vans(List.of(Vehicle.of(1, "Camion 1")));
    }

    @Test
    void monthlyTargetsAreProratedToTheCoveredPartOfTheMonth() {
        // Two weeks of March 2026 = 10 of its 22 weekdays.
        assertThat(ScheduleBuilder.build(problem(2).build()).getCommuneMonths())
                .containsExactly(new CommuneMonth("69273", "Corbas", YearMonth.of(2026, 3), 1, 2));
        // Five weeks reach into April: all 22 weekdays of March, and 3 of the 22 of April.
        assertThat(ScheduleBuilder.build(problem(5).build()).getCommuneMonths()).containsExactly(
                new CommuneMonth("69273", "Corbas", YearMonth.of(2026, 3), 2, 4),
                new CommuneMonth("69273", "Corbas", YearMonth.of(2026, 4), 0, 1));
    }

    @Test
    void vansOnlyGetOpenVanAccessiblePlacesAndFixedTeamsOnlyRooms() {
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(1).fixedTeamsPerSlot(1).build());

        List<Permanence> vanLanes = schedule.getPermanences().stream().filter(Permanence::isMobile).toList();
        assertThat(vanLanes).singleElement().satisfies(p -> {
            assertThat(p.getSlot().date()).isEqualTo(MONDAY);
            assertThat(p.getCandidatePlaces()).containsExactly(square);
        });
        assertThat(schedule.getPermanences()).filteredOn(p -> !p.isMobile()).hasSize(10)
                .allSatisfy(p -> assertThat(p.getCandidatePlaces()).containsExactly(centreSocial));
        assertThat(schedule.getSeats()).hasSize(2 * 11);
    }

    @Test
    void previousPlanIsAppliedAndPinnedEntriesArePinned() {
        PlannedPermanence announced = new PlannedPermanence(MONDAY, DayPart.AM, 1L, square.id(),
                List.of(cip.id(), sw.id()), true);
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(1).previousPlan(List.of(announced)).build());

        assertThat(schedule.plan()).containsExactly(
                new PlannedPermanence(MONDAY, DayPart.AM, 1L, square.id(), List.of(sw.id(), cip.id()), true));
        assertThat(schedule.getSeats()).allSatisfy(seat -> {
            assertThat(seat.isPinned()).isTrue();
            assertThat(seat.getPreviousStaff()).isEqualTo(seat.getStaff());
        });
    }

    @Test
    void seatsOnlyOfferAvailablePeopleOfTheirRole() {
        Worker sick = sw.withUnavailableDates(Set.of(MONDAY));
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(1).staff(List.of(sick, cip)).build());

        assertThat(schedule.getSeats()).filteredOn(seat -> seat.getRole() == Profession.SOCIAL_WORKER)
                .singleElement().satisfies(seat -> assertThat(seat.getCandidateStaff()).isEmpty());
        assertThat(schedule.getSeats()).filteredOn(seat -> seat.getRole() == Profession.EMPLOYMENT_COUNSELLOR)
                .singleElement().satisfies(seat -> assertThat(seat.getCandidateStaff()).containsExactly(cip));
    }

    @Test
    void horizonIsOneToEightWeeks() {
        assertThatThrownBy(() -> problem(9).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> problem(1).dates(List.of()).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(problem(8).build().dates()).hasSize(40);
    }
}
