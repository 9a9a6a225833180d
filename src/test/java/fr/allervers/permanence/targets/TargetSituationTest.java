package fr.allervers.permanence.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class TargetSituationTest {

    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Test
    void onlyHeldPermanencesReachATargetAndAMonthInProgressSaysSo() {
        // Issue #16: on 1 December, 0 held and 4 planned out of 4 is not at target.
        LocalDate first = LocalDate.of(2025, 12, 1);
        assertThat(TargetSituation.of(0, 4, DECEMBER, first)).isEqualTo(TargetSituation.IN_PROGRESS);
        assertThat(TargetSituation.IN_PROGRESS.describe(0, 4, 4)).isEqualTo("en cours : 0 tenue, 4 prévues sur 4");
        assertThat(TargetSituation.of(2, 4, DECEMBER, LocalDate.of(2025, 12, 15)).describe(2, 2, 4))
                .isEqualTo("en cours : 2 tenues, 2 prévues sur 4");
        assertThat(TargetSituation.of(4, 4, DECEMBER, LocalDate.of(2025, 12, 15))).isEqualTo(TargetSituation.REACHED);
        assertThat(TargetSituation.of(0, 4, DECEMBER, LocalDate.of(2025, 11, 30))).isEqualTo(TargetSituation.UPCOMING);
        assertThat(TargetSituation.of(3, 4, DECEMBER, LocalDate.of(2025, 12, 31))).isEqualTo(TargetSituation.IN_PROGRESS);
        assertThat(TargetSituation.of(3, 4, DECEMBER, LocalDate.of(2026, 1, 1))).isEqualTo(TargetSituation.MISSED);
        assertThat(TargetSituation.of(0, 0, DECEMBER, first)).isEqualTo(TargetSituation.REACHED);
    }
}
