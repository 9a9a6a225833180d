package fr.allervers.maraude.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitFrequency;
import fr.allervers.maraude.domain.VisitKind;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceKind;

/**
 * The visits a territory calls for over the planned days: its 115 hotels (mandatory once overdue), its day
 * centres and, optionally, its street spots. Archived hotels and places are not offered.
 *
 * <p>Priorities of optional visits (a point of priority outweighs any travel, see the constraint provider):
 * a hotel not yet due climbs from 1 to 9 as its due day nears; a hotel without a visit rule 3; a day centre 4.
 * Street spots are the public squares and markets of the territory, ranked by their demand score (encounters
 * nearby, QPV population, hotel capacity; {@code fr.allervers.demand}): 1 to 9. A spot without a score falls back
 * to 2 (square) or 3 (market).
 */
final class TerritoryVisits {

    static final int DUE_HOTEL_PRIORITY = 10;
    static final int HOTEL_WITHOUT_RULE_PRIORITY = 3;
    static final int DAY_CENTRE_PRIORITY = 4;
    static final int MARKET_PRIORITY = 3;
    static final int SQUARE_PRIORITY = 2;

    private final MaraudeProperties properties;

    TerritoryVisits(MaraudeProperties properties) {
        this.properties = properties;
    }

    static VisitKind kindOf(Place place) {
        return switch (place.getKind()) {
            case DAY_CENTRE -> VisitKind.DAY_CENTRE;
            case PUBLIC_SQUARE, MARKET -> VisitKind.STREET_HOTSPOT;
            default -> VisitKind.PLACE;
        };
    }

    /** @param demand place id → demand score in [0, 1], for the street spots */
    List<VisitDraft> drafts(List<Hotel> hotels, List<Place> places, Map<Long, LocalDate> lastVisits,
            Map<String, String> communeNames, List<LocalDate> dates, boolean withHotspots, Map<Long, Double> demand) {
        List<VisitDraft> drafts = new ArrayList<>();
        LocalDate lastDay = dates.get(dates.size() - 1);
        for (Hotel hotel : hotels) {
            if (hotel.isArchived()) {
                continue;
            }
            List<TimeWindow> windows = DayWindows.everyDay(hotel.getVisitingHours(), dates);
            boolean due = false;
            int priority = HOTEL_WITHOUT_RULE_PRIORITY;
            if (hotel.getVisitEveryDays() != null && hotel.getVisitEveryDays() > 0) {
                LocalDate last = lastVisits.get(hotel.getId());
                due = new VisitFrequency(hotel.getVisitEveryDays()).isDue(last, lastDay);
                priority = due ? DUE_HOTEL_PRIORITY : notYetDuePriority(last, lastDay, hotel.getVisitEveryDays());
            }
            drafts.add(new VisitDraft("hotel-" + hotel.getId(), hotel.getName(), VisitKind.HOTEL_115, hotel.getId(),
                    null, communeNames.get(hotel.getCommuneInsee()), hotel.getLocation(),
                    properties.hotelServiceMinutes(), windows, Set.of(), 0, priority, due));
        }
        for (Place place : places) {
            boolean dayCentre = place.getKind() == PlaceKind.DAY_CENTRE;
            boolean hotspot = place.getKind() == PlaceKind.PUBLIC_SQUARE || place.getKind() == PlaceKind.MARKET;
            if (place.isArchived() || !dayCentre && !(hotspot && withHotspots)) {
                continue;
            }
            List<TimeWindow> windows = DayWindows.openHalfDays(place.getOpening(), dates, place::isAvailableOn);
            if (windows.isEmpty()) {
                continue; // closed on every planned day: nothing to plan
            }
            int priority = dayCentre ? DAY_CENTRE_PRIORITY : hotspotPriority(place, demand.get(place.getId()));
            int service = dayCentre ? properties.dayCentreServiceMinutes() : properties.hotspotServiceMinutes();
            drafts.add(new VisitDraft("lieu-" + place.getId(), place.getName(), kindOf(place), null, place.getId(),
                    communeNames.get(place.getCommuneInsee()), place.getLocation(), service, windows, Set.of(), 0,
                    priority, false));
        }
        return drafts;
    }

    /** 1 for the least demanded spot of the territory up to 9 for the most; the kind's fallback without a score. */
    static int hotspotPriority(Place place, Double demandScore) {
        if (demandScore == null || demandScore.isNaN()) {
            return place.getKind() == PlaceKind.MARKET ? MARKET_PRIORITY : SQUARE_PRIORITY;
        }
        return (int) Math.max(1, Math.min(9, Math.round(9 * demandScore)));
    }

    /** 1 just after a visit, up to 9 the day before the visit falls due. */
    static int notYetDuePriority(LocalDate last, LocalDate day, int everyDays) {
        long elapsed = ChronoUnit.DAYS.between(last, day);
        return (int) Math.max(1, Math.min(9, Math.round(9.0 * elapsed / everyDays)));
    }
}
