package fr.allervers.maraude.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.territory.VisitingHours;
import fr.allervers.territory.WeeklyHalfDays;

/** Daily hours become absolute windows over the planned days, day d starting at d × 86,400 s. */
class DayWindowsTest {

    private static final long H = 3_600;
    private static final long DAY = 24 * H;
    /** Monday 3 June 2030, then Tuesday and Thursday. */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 4),
            LocalDate.of(2030, 6, 6));

    @Test
    void hotelHoursRepeatOnEveryPlannedDay() {
        List<TimeWindow> windows = DayWindows.everyDay(VisitingHours.parse("10:00-12:00 14:00-18:00"), DATES);

        assertThat(windows).containsExactly(new TimeWindow(10 * H, 12 * H), new TimeWindow(14 * H, 18 * H),
                new TimeWindow(DAY + 10 * H, DAY + 12 * H), new TimeWindow(DAY + 14 * H, DAY + 18 * H),
                new TimeWindow(2 * DAY + 10 * H, 2 * DAY + 12 * H), new TimeWindow(2 * DAY + 14 * H, 2 * DAY + 18 * H));
    }

    @Test
    void placesOpenOnlyOnTheirHalfDaysOfThePlannedWeekdays() {
        List<TimeWindow> windows = DayWindows.openHalfDays(WeeklyHalfDays.parse("mar-am jeu-pm"), DATES);

        assertThat(windows).containsExactly(new TimeWindow(DAY + 9 * H, DAY + 12 * H),
                new TimeWindow(2 * DAY + 14 * H, 2 * DAY + 17 * H));
        assertThat(DayWindows.openHalfDays(WeeklyHalfDays.parse("sam"), DATES)).isEmpty();
    }

    @Test
    void aHotelNotYetDueClimbsInPriorityAsItsDueDayNears() {
        LocalDate day = LocalDate.of(2030, 6, 14);
        assertThat(TerritoryVisits.notYetDuePriority(day.minusDays(1), day, 14)).isEqualTo(1);
        assertThat(TerritoryVisits.notYetDuePriority(day.minusDays(7), day, 14)).isBetween(4, 5);
        assertThat(TerritoryVisits.notYetDuePriority(day.minusDays(13), day, 14)).isEqualTo(8);
        assertThat(TerritoryVisits.notYetDuePriority(day.minusDays(13), day, 14))
                .isLessThan(TerritoryVisits.DUE_HOTEL_PRIORITY);
    }
}
