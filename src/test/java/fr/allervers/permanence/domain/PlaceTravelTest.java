package fr.allervers.permanence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.allervers.routing.GreatCircleTravelTimeProvider;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;
import fr.allervers.routing.TravelMode;
import fr.allervers.routing.UnreachablePoint;

class PlaceTravelTest {

    private static final LonLat BELLECOUR = new LonLat(4.8320, 45.7578);
    private static final LonLat PART_DIEU = new LonLat(4.8590, 45.7605);
    private static final LonLat ISLAND = new LonLat(4.8400, 45.7000);

    @Test
    void readsTheProvidersCarMatrixInWholeMinutesRoundedUp() {
        Map<Long, LonLat> places = new LinkedHashMap<>();
        places.put(7L, BELLECOUR);
        places.put(3L, PART_DIEU);
        var provider = new GreatCircleTravelTimeProvider(1.5, Map.of(TravelMode.FOOT, 1.0, TravelMode.CAR, 15 / 3.6));

        PlaceTravel travel = PlaceTravel.byCar(provider, places);

        // 2.1 km × 1.5 = 3.2 km at 15 km/h = 12.7 min, rounded up.
        long seconds = provider.matrix(List.of(BELLECOUR, PART_DIEU), TravelMode.CAR).durationSeconds(0, 1);
        assertThat(seconds).isBetween(12 * 60L + 1, 13 * 60L);
        assertThat(travel.minutes(place(7), place(3))).isEqualTo(13).isEqualTo(travel.minutes(place(3), place(7)));
        assertThat(travel.minutes(place(7), place(7))).isZero();
        assertThat(travel.unreachablePlaces()).isEmpty();
    }

    @Test
    void aPlaceOutsideTheMatrixOrUnreachableIsADayAway() {
        TravelMatrix matrix = new TravelMatrix(List.of(BELLECOUR, PART_DIEU, ISLAND),
                new long[][] {{0, 600, 0}, {600, 0, 0}, {0, 0, 0}}, new double[3][3],
                List.of(new UnreachablePoint(2, ISLAND, "à plus de 200 m d'une route")));
        PlaceTravel travel = new PlaceTravel(List.of(1L, 2L, 9L), matrix);

        assertThat(travel.minutes(place(1), place(2))).isEqualTo(10);
        assertThat(travel.minutes(place(1), place(9))).isEqualTo(PlaceTravel.UNREACHABLE_MINUTES);
        assertThat(travel.minutes(place(9), place(2))).isEqualTo(PlaceTravel.UNREACHABLE_MINUTES);
        assertThat(travel.minutes(place(1), place(4))).isEqualTo(PlaceTravel.UNREACHABLE_MINUTES);
        assertThat(travel.unreachablePlaces()).containsExactly(Map.entry(9L, "à plus de 200 m d'une route"));
        assertThat(PlaceTravel.none().minutes(place(1), place(2))).isEqualTo(PlaceTravel.UNREACHABLE_MINUTES);
    }

    @Test
    void refusesPlacesThatDoNotMatchTheMatrix() {
        TravelMatrix two = new GreatCircleTravelTimeProvider().matrix(List.of(BELLECOUR, PART_DIEU), TravelMode.CAR);

        assertThatThrownBy(() -> new PlaceTravel(List.of(1L), two)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaceTravel(List.of(1L, 1L), two)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CandidatePlace place(long id) {
        return new CandidatePlace(id, "P" + id, "69123", SiteKind.OTHER, true, WeeklySlot.weekdays(), 0);
    }
}
