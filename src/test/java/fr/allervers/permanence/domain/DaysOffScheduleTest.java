package fr.allervers.permanence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Days off are not offered to the solver at all: no permanence exists on them, only their slots for the explanation. */
class DaysOffScheduleTest {

    /** Three weeks across Christmas 2026 and New Year's Day 2027, both on a Friday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    private final CandidatePlace square = new CandidatePlace(1, "Place", "69273", SiteKind.PUBLIC_SQUARE, true,
            WeeklySlot.weekdays(), 0.5);
    private final CandidatePlace metz = new CandidatePlace(2, "Place Saint-Louis", "57463", SiteKind.PUBLIC_SQUARE,
            true, WeeklySlot.weekdays(), 0.5);
    private final CandidatePlace nancy = new CandidatePlace(3, "Place Stanislas", "54395", SiteKind.PUBLIC_SQUARE,
            true, WeeklySlot.weekdays(), 0.5);
    private final Worker sw = Worker.of(1, "AS-1", Profession.SOCIAL_WORKER);
    private final Worker cip = Worker.of(2, "CIP-1", Profession.EMPLOYMENT_COUNSELLOR);

    private PermanenceProblem.Builder problem(List<CandidatePlace> places) {
        return PermanenceProblem.builder().weekdays(MONDAY, 3)
                .communes(List.of(CommuneQuota.of("69273", "Corbas")))
                .places(places)
                .staff(List.of(sw, cip))
                .vans(List.of(Vehicle.of(1, "Camion 1")));
    }

    @Test
    void publicHolidaysGetNoPermanenceButKeepTheirSlots() {
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(List.of(square)).build());

        assertThat(schedule.getPermanences()).extracting(p -> p.getSlot().date())
                .doesNotContain(CHRISTMAS, NEW_YEAR)
                .contains(CHRISTMAS.minusDays(1), NEW_YEAR.minusDays(1));
        assertThat(schedule.getPermanences()).hasSize(2 * (15 - 2));
        assertThat(schedule.getSlots()).extracting(Slot::date).contains(CHRISTMAS, NEW_YEAR);
        assertThat(schedule.getDaysOff()).extracting(DayOff::date, DayOff::label).contains(
                org.assertj.core.groups.Tuple.tuple(CHRISTMAS, "Noël"),
                org.assertj.core.groups.Tuple.tuple(NEW_YEAR, "jour de l'an"));
    }

    @Test
    void closingHalfDaysAndSchoolHolidaysAreOffToo() {
        DayOff christmasEve = new DayOff(CHRISTMAS.minusDays(1), DayPart.PM, DayOffKind.CLOSING, "réveillon",
                Set.of());
        List<DayOff> schoolHolidays = MONDAY.plusWeeks(1).datesUntil(NEW_YEAR)
                .map(d -> DayOff.wholeDay(d, DayOffKind.SCHOOL_HOLIDAY, "Vacances de Noël")).toList();

        PermanenceSchedule eveOnly = ScheduleBuilder.build(problem(List.of(square))
                .daysOff(List.of(christmasEve)).build());
        assertThat(eveOnly.getPermanences()).filteredOn(p -> p.getSlot().date().equals(CHRISTMAS.minusDays(1)))
                .singleElement().satisfies(p -> assertThat(p.getSlot().halfDay()).isEqualTo(DayPart.AM));

        PermanenceSchedule school = ScheduleBuilder.build(problem(List.of(square)).daysOff(schoolHolidays).build());
        assertThat(school.getPermanences()).extracting(p -> p.getSlot().date())
                .allMatch(d -> d.isBefore(MONDAY.plusWeeks(1)) || !d.isBefore(NEW_YEAR))
                .hasSize(2 * 5);
        // The monthly targets only count the days that can be worked: December keeps its first week only.
        assertThat(school.getCommuneMonths()).filteredOn(t -> t.month().equals(YearMonth.of(2026, 12)))
                .singleElement().satisfies(t -> assertThat(t.maxCount()).isEqualTo(1));
    }

    /** Good Friday is off in Metz (Moselle), not in Nancy (Meurthe-et-Moselle): the van may still go to Nancy. */
    @Test
    void localHolidaysOnlyCloseThePlacesOfTheirDepartments() {
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        PermanenceSchedule schedule = ScheduleBuilder.build(PermanenceProblem.builder()
                .dates(List.of(goodFriday))
                .communes(List.of(CommuneQuota.of("57463", "Metz"), CommuneQuota.of("54395", "Nancy")))
                .places(List.of(metz, nancy)).staff(List.of(sw, cip)).vans(List.of(Vehicle.of(1, "Camion 1")))
                .build());

        assertThat(schedule.getPermanences()).hasSize(2)
                .allSatisfy(p -> assertThat(p.getCandidatePlaces()).containsExactly(nancy));
        assertThat(schedule.dayOff(schedule.getSlots().get(0), "57463").label()).isEqualTo("Vendredi saint");
        assertThat(schedule.dayOff(schedule.getSlots().get(0), "54395")).isNull();
    }

    /** A stored permanence on a day off stays visible, on its own place only, so that the broken rule names it. */
    @Test
    void aStoredPermanenceOnADayOffKeepsItsLaneAndNothingElse() {
        PlannedPermanence onChristmas = new PlannedPermanence(CHRISTMAS, DayPart.AM, 1L, square.id(),
                List.of(sw.id(), cip.id()), true);
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(List.of(square))
                .previousPlan(List.of(onChristmas)).build());

        assertThat(schedule.getPermanences()).filteredOn(p -> p.getSlot().date().equals(CHRISTMAS))
                .singleElement().satisfies(p -> {
                    assertThat(p.getPlace()).isEqualTo(square);
                    assertThat(p.getCandidatePlaces()).containsExactly(square);
                    assertThat(p.isPinned()).isTrue();
                });
        assertThat(schedule.plan()).containsExactly(onChristmas);
    }

    @Test
    void publicHolidaysCanBeLeftOnForAWhatIfStudy() {
        PermanenceSchedule schedule = ScheduleBuilder.build(problem(List.of(square)).publicHolidays(false).build());
        assertThat(schedule.getPermanences()).extracting(p -> p.getSlot().date()).contains(CHRISTMAS, NEW_YEAR);
        assertThat(schedule.getDaysOff()).isEmpty();
    }
}
