package fr.allervers.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class WeeklyHalfDaysTest {

    @Test
    void readsWhatCoordinatorsType() {
        WeeklyHalfDays week = WeeklyHalfDays.parse("lun-am, mar; jeu-pm MON-PM");
        assertThat(week.canonical()).isEqualTo("MON-AM,MON-PM,TUE-AM,TUE-PM,THU-PM");
        assertThat(week.contains(DayOfWeek.THURSDAY, HalfDay.AM)).isFalse();
    }

    @Test
    void aRangeOfDaysMeansBothHalfDays() {
        assertThat(WeeklyHalfDays.parse("lun-ven").slots()).hasSize(10);
        assertThat(WeeklyHalfDays.parse("").canonical()).isEqualTo(WeeklyHalfDays.parse("mon-fri").canonical());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> WeeklyHalfDays.parse("lun-soir")).hasMessageContaining("lun-soir");
        assertThatThrownBy(() -> WeeklyHalfDays.parse("funday")).hasMessageContaining("funday");
    }

    @Test
    void visitingHoursAcceptSeveralWindowsAndFrenchNotation() {
        VisitingHours hours = VisitingHours.parse("10h-12h 14:00-18:30");
        assertThat(hours.windows()).extracting(VisitingHours.Window::start)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(14, 0));
        assertThat(hours.canonical()).isEqualTo("10:00-12:00 14:00-18:30");
        assertThatThrownBy(() -> VisitingHours.parse("18:00-10:00")).hasMessageContaining("inversé");
    }
}
