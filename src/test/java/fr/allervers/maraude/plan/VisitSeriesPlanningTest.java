package fr.allervers.maraude.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import fr.allervers.maraude.plan.TerritoryVisits.DayRange;

/** How many visits a hotel needs over a horizon, on which days, and the settings that shape rounds. */
class VisitSeriesPlanningTest {

    /** Every Tuesday and Thursday of June 2030, from the 4th to the 27th: eight planned days. */
    private static final List<LocalDate> TUESDAYS_AND_THURSDAYS = LocalDate.of(2030, 6, 3)
            .datesUntil(LocalDate.of(2030, 6, 29))
            .filter(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY).toList();

    @Test
    void aHotelNeverVisitedAndDueEverySevenDaysNeedsFourVisitsEachAsLateAsItMayBe() {
        List<DayRange> visits = TerritoryVisits.dueOccurrences(null, 7, TUESDAYS_AND_THURSDAYS);

        // Due within the first 7 days (by Mon 10: Thu 6 at the latest), then by Thu 13, Thu 20 and Thu 27; the last
        // one after Thu 20 so that the hotel is not due again before the plan ends.
        assertThat(visits).containsExactly(new DayRange(0, 1), new DayRange(1, 3), new DayRange(2, 5),
                new DayRange(6, 7));
    }

    @Test
    void aHotelNotDueBeforeThePlanEndsNeedsNoVisitAndAnOverdueOneIsDueAtOnce() {
        assertThat(TerritoryVisits.dueOccurrences(LocalDate.of(2030, 6, 1), 28, TUESDAYS_AND_THURSDAYS)).isEmpty();
        assertThat(TerritoryVisits.dueOccurrences(LocalDate.of(2030, 5, 1), 14, TUESDAYS_AND_THURSDAYS))
                .containsExactly(new DayRange(0, 3), new DayRange(4, 7));
        // One day only: the hotel is mandatory that day, as before horizons existed.
        assertThat(TerritoryVisits.dueOccurrences(null, 14, List.of(LocalDate.of(2030, 6, 3))))
                .containsExactly(new DayRange(0, 0));
    }

    @Test
    void placesWithoutFrequencyAreOfferedOncePerWeekOfThePlan() {
        assertThat(TerritoryVisits.weeks(TUESDAYS_AND_THURSDAYS)).containsExactly(new DayRange(0, 1),
                new DayRange(2, 3), new DayRange(4, 5), new DayRange(6, 7));
        assertThat(TerritoryVisits.weeks(List.of(LocalDate.of(2030, 6, 3), LocalDate.of(2030, 6, 7))))
                .containsExactly(new DayRange(0, 1));
    }

    @Test
    void lunchAndLimitsAreReadFromTheSettingsWithTheirDefaults() {
        MaraudeProperties defaults = bind(Map.of());
        assertThat(defaults.lunchFrom()).isEqualTo(LocalTime.of(12, 0));
        assertThat(defaults.lunchMinutes()).isEqualTo(45);
        assertThat(defaults.maxWalkingKm()).isEqualTo(12.0);
        assertThat(defaults.maxHorizonDays()).isEqualTo(31);

        MaraudeProperties set = bind(Map.of("allervers.maraude.lunch-from", "11:30", "allervers.maraude.lunch-to",
                "13:30", "allervers.maraude.max-walking-km", "8.5", "allervers.maraude.balance-weight", "0"));
        assertThat(set.lunchFrom()).isEqualTo(LocalTime.of(11, 30));
        assertThat(set.lunchTo()).isEqualTo(LocalTime.of(13, 30));
        assertThat(set.maxWalkingKm()).isEqualTo(8.5);
        assertThat(set.balanceWeight()).isZero();
    }

    private static MaraudeProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("allervers.maraude", MaraudeProperties.class);
    }
}
