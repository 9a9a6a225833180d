package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.DayPart;

class PublishedPlansHeldTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 1);

    @Test
    void aPermanenceIsHeldOnceItsHalfDayIsOver() {
        PublishedPlans.Held morning = new PublishedPlans.Held(DAY, DayPart.AM, 1);
        PublishedPlans.Held afternoon = new PublishedPlans.Held(DAY, DayPart.PM, 1);
        assertThat(morning.isHeld(DAY.atTime(11, 59))).isFalse();
        assertThat(morning.isHeld(DAY.atTime(12, 0))).isTrue();
        assertThat(afternoon.isHeld(DAY.atTime(16, 0))).isFalse();
        assertThat(afternoon.isHeld(DAY.atTime(17, 0))).isTrue();
        assertThat(afternoon.isHeld(DAY.minusDays(1).atTime(12, 0))).isFalse();
        assertThat(morning.isHeld(DAY.plusDays(1).atStartOfDay())).isTrue();
    }
}
