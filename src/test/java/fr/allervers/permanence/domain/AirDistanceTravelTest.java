package fr.allervers.permanence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.AirDistanceTravel.LonLat;

class AirDistanceTravelTest {

    private static final LonLat BELLECOUR = new LonLat(4.8320, 45.7578);
    private static final LonLat PART_DIEU = new LonLat(4.8590, 45.7605);

    @Test
    void greatCircleDistanceMatchesAKnownPair() {
        // Place Bellecour to Lyon Part-Dieu station: about 2.1 km as the crow flies.
        assertThat(AirDistanceTravel.greatCircleKm(BELLECOUR, PART_DIEU)).isCloseTo(2.1, within(0.1));
    }

    @Test
    void matrixAppliesDetourAndSpeedAndKnowsOnlyTheGivenPlaces() {
        VanTravelTimes matrix = AirDistanceTravel.matrix(Map.of(1L, BELLECOUR, 2L, PART_DIEU), 1.5, 15);
        CandidatePlace a = place(1);
        CandidatePlace b = place(2);

        // 2.1 km × 1.5 = 3.2 km at 15 km/h = 12.7 min, rounded up.
        assertThat(matrix.minutes(a, b)).isEqualTo(13).isEqualTo(matrix.minutes(b, a));
        assertThat(matrix.minutes(a, a)).isZero();
        assertThat(matrix.minutes(a, place(3))).isEqualTo(VanTravelTimes.UNREACHABLE);
    }

    private static CandidatePlace place(long id) {
        return new CandidatePlace(id, "P" + id, "69123", SiteKind.OTHER, true, WeeklySlot.weekdays(), 0);
    }
}
