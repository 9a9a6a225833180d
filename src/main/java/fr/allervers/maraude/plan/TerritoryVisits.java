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
            String key = "hotel-" + hotel.getId();
            String commune = communeNames.get(hotel.getCommuneInsee());
            Integer everyDays = hotel.getVisitEveryDays() != null && hotel.getVisitEveryDays() > 0
                    ? hotel.getVisitEveryDays() : null;
            List<DayRange> due = everyDays == null ? List.of()
                    : dueOccurrences(lastVisits.get(hotel.getId()), everyDays, dates);
            if (!due.isEmpty()) {
                for (int i = 0; i < due.size(); i++) {
                    DayRange days = due.get(i);
                    VisitDraft.Occurrence occurrence = due.size() > 1
                            ? new VisitDraft.Occurrence(key, i + 1, everyDays) : null;
                    drafts.add(new VisitDraft(occurrenceKey(key, i), hotel.getName(), VisitKind.HOTEL_115,
                            hotel.getId(), null, commune, hotel.getLocation(), properties.hotelServiceMinutes(),
                            DayWindows.onDays(windows, days.first(), days.last()), Set.of(), 0, DUE_HOTEL_PRIORITY,
                            true, occurrence));
                }
                continue;
            }
            int priority = everyDays == null ? HOTEL_WITHOUT_RULE_PRIORITY
                    : notYetDuePriority(lastVisits.get(hotel.getId()), lastDay, everyDays);
            List<DayRange> weeks = everyDays == null ? weeks(dates) : List.of(new DayRange(0, dates.size() - 1));
            for (int i = 0; i < weeks.size(); i++) {
                drafts.add(new VisitDraft(occurrenceKey(key, i), hotel.getName(), VisitKind.HOTEL_115, hotel.getId(),
                        null, commune, hotel.getLocation(), properties.hotelServiceMinutes(),
                        DayWindows.onDays(windows, weeks.get(i).first(), weeks.get(i).last()), Set.of(), 0, priority,
                        false));
            }
        }
        for (Place place : places) {
            boolean dayCentre = place.getKind() == PlaceKind.DAY_CENTRE;
            boolean hotspot = place.getKind() == PlaceKind.PUBLIC_SQUARE || place.getKind() == PlaceKind.MARKET;
            if (place.isArchived() || !dayCentre && !(hotspot && withHotspots)) {
                continue;
            }
            List<TimeWindow> open = DayWindows.openHalfDays(place.getOpening(), dates, place::isAvailableOn);
            int priority = dayCentre ? DAY_CENTRE_PRIORITY : hotspotPriority(place, demand.get(place.getId()));
            int service = dayCentre ? properties.dayCentreServiceMinutes() : properties.hotspotServiceMinutes();
            List<DayRange> weeks = weeks(dates);
            for (int i = 0; i < weeks.size(); i++) {
                List<TimeWindow> windows = DayWindows.onDays(open, weeks.get(i).first(), weeks.get(i).last());
                if (windows.isEmpty()) {
                    continue; // closed on every planned day of the week: nothing to plan
                }
                drafts.add(new VisitDraft(occurrenceKey("lieu-" + place.getId(), i), place.getName(), kindOf(place),
                        null, place.getId(), communeNames.get(place.getCommuneInsee()), place.getLocation(), service,
                        windows, Set.of(), 0, priority, false));
            }
        }
        return drafts;
    }

    /** Plan day indexes {@code first} to {@code last}, inclusive. */
    record DayRange(int first, int last) {
    }

    /** The first occurrence keeps the place's key, so a one-off plan names its visits as before. */
    static String occurrenceKey(String key, int index) {
        return index == 0 ? key : key + "-" + (index + 1);
    }

    /**
     * The visits a place seen every {@code everyDays} days needs over the planned days, each with the days it may
     * take: each as late as its frequency allows (on the last planned day within {@code everyDays} days of the
     * previous one, or the next planned day when none is), which gives the fewest visits that keep the frequency.
     * A place never visited, or overdue, is due within the first {@code everyDays} days of the plan. The last visit
     * must be recent enough that the place is not due again before the last planned day. Empty when the place is not
     * due within the plan.
     */
    static List<DayRange> dueOccurrences(LocalDate lastVisit, int everyDays, List<LocalDate> dates) {
        LocalDate lastDay = dates.get(dates.size() - 1);
        LocalDate deadline = lastVisit == null ? null : lastVisit.plusDays(everyDays);
        if (deadline != null && deadline.isAfter(lastDay)) {
            return List.of();
        }
        if (deadline == null || deadline.isBefore(dates.get(0))) {
            deadline = dates.get(0).plusDays(everyDays - 1L);
        }
        List<Integer> latest = new ArrayList<>();
        int previous = -1;
        while (true) {
            int day = previous + 1;
            while (day + 1 < dates.size() && !dates.get(day + 1).isAfter(deadline)) {
                day++;
            }
            if (day >= dates.size()) {
                break;
            }
            latest.add(day);
            previous = day;
            deadline = dates.get(day).plusDays(everyDays);
            if (deadline.isAfter(lastDay)) {
                break;
            }
        }
        int lastFirst = 0;
        while (!dates.get(lastFirst).plusDays(everyDays).isAfter(lastDay)) {
            lastFirst++;
        }
        List<DayRange> ranges = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            int first = i == latest.size() - 1 ? Math.min(lastFirst, latest.get(i)) : i;
            ranges.add(new DayRange(Math.max(i, first), latest.get(i)));
        }
        return ranges;
    }

    /**
     * The plan's days by blocks of seven from the first: a place without a frequency is offered once a week, so a
     * plan over four weeks may come back to a day centre each week. One block for a plan of a week or less.
     */
    static List<DayRange> weeks(List<LocalDate> dates) {
        List<DayRange> weeks = new ArrayList<>();
        int first = 0;
        for (int day = 1; day <= dates.size(); day++) {
            if (day == dates.size() || ChronoUnit.DAYS.between(dates.get(first), dates.get(day)) >= 7) {
                weeks.add(new DayRange(first, day - 1));
                first = day;
            }
        }
        return weeks;
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
