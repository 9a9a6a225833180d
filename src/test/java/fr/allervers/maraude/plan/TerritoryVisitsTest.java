package fr.allervers.maraude.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.allervers.geo.Geometries;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;
import fr.allervers.territory.WeeklyHalfDays;

/** Street spots are ranked by their demand score; without one, by a fixed fallback per kind. */
class TerritoryVisitsTest {

    private static Place place(PlaceKind kind) {
        Place place = new Place(new Consortium("C"), "P");
        place.update("Lieu", kind, "69259", true, WeeklyHalfDays.workingWeek(), Geometries.point(4.89, 45.70));
        return place;
    }

    @Test
    void demandScoreSetsTheSpotPriorityFromOneToNine() {
        Place square = place(PlaceKind.PUBLIC_SQUARE);
        assertThat(TerritoryVisits.hotspotPriority(square, 0.0)).isEqualTo(1);
        assertThat(TerritoryVisits.hotspotPriority(square, 0.5)).isEqualTo(5);
        assertThat(TerritoryVisits.hotspotPriority(square, 1.0)).isEqualTo(9);
        assertThat(TerritoryVisits.hotspotPriority(square, 0.9)).isGreaterThan(TerritoryVisits.hotspotPriority(square, 0.3));
    }

    @Test
    void withoutAScoreMarketsComeBeforeSquares() {
        assertThat(TerritoryVisits.hotspotPriority(place(PlaceKind.MARKET), null)).isEqualTo(TerritoryVisits.MARKET_PRIORITY);
        assertThat(TerritoryVisits.hotspotPriority(place(PlaceKind.PUBLIC_SQUARE), null))
                .isEqualTo(TerritoryVisits.SQUARE_PRIORITY).isLessThan(TerritoryVisits.MARKET_PRIORITY);
    }

    @Test
    void aTemporaryPlaceIsVisitedOnlyOnItsDays() {
        Place market = place(PlaceKind.MARKET);
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);
        market.availableBetween(monday.plusDays(1), monday.plusDays(1));
        var windows = DayWindows.openHalfDays(market.getOpening(), java.util.List.of(monday, monday.plusDays(1),
                monday.plusDays(2)), market::isAvailableOn);
        // Tuesday's morning and afternoon only: day index 1 of the round's days.
        assertThat(windows).hasSize(2).allSatisfy(w -> assertThat(w.start() / fr.allervers.maraude.domain.TeamSpec.DAY_SECONDS)
                .isEqualTo(1));
    }
}
