package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.territory.Consortium;

/**
 * Which plan speaks for a day: of the published plans of a territory covering it, the latest publication (a
 * coordinator re-plans the next weeks and publishes again). Drafts never do. « Ma journée », the calendar
 * subscriptions, the funders' coverage and the public schedule all read the days through here.
 */
@Component
public class PublishedPlans {

    /**
     * A permanence of a published plan, on a day the plan speaks for: when and where, nothing about who. Held once its
     * half-day is over ({@link #isHeld}), planned until then.
     */
    public record Held(LocalDate date, DayPart halfDay, long placeId) {

        /**
         * The one rule of what counts as held: the half-day has ended (opening times {@link SlotTimes#DEFAULT}, the
         * times the calendars and exports give). A permanence cancelled on the day (not recorded yet: a colleague is
         * adding a cancelled status) must never count as held: add it here.
         */
        public boolean isHeld(LocalDateTime now) {
            return !SlotTimes.DEFAULT.slot(date, halfDay).end().atDate(date).isAfter(now);
        }
    }

    /**
     * A published permanence as the public schedule may show it: when, where, which van, and the staff ids only so
     * that their professions can be named (never their names).
     *
     * @param publishedAt when its plan was published, for the public pages' Last-Modified
     */
    public record Public(LocalDate date, DayPart halfDay, long placeId, Long vanId, List<Long> staffIds,
                         OffsetDateTime publishedAt) {
    }

    /** The plans that speak for the days of a period, latest publication first. */
    record Owners(List<PermanencePlan> plans, Map<String, PermanencePlan> byTerritoryDay) {

        boolean owns(PermanencePlan plan, LocalDate day) {
            return byTerritoryDay.get(key(plan.getTerritory().getId(), day)) == plan;
        }
    }

    private final PermanencePlanRepository plans;

    PublishedPlans(PermanencePlanRepository plans) {
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    Owners owners(Consortium consortium, LocalDate first, LocalDate last) {
        List<PermanencePlan> published = plans.findPublishedOverlapping(consortium, first, last);
        Map<String, PermanencePlan> owner = new HashMap<>();
        for (PermanencePlan plan : published) {
            LocalDate from = plan.getFrom().isAfter(first) ? plan.getFrom() : first;
            LocalDate to = plan.getTo().isBefore(last) ? plan.getTo() : last;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                owner.putIfAbsent(key(plan.getTerritory().getId(), day), plan);
            }
        }
        return new Owners(published, owner);
    }

    /** The permanences of one territory from first to last, each from the plan that speaks for its day. */
    @Transactional(readOnly = true)
    public List<Held> held(Consortium consortium, long territoryId, LocalDate first, LocalDate last) {
        Owners owners = owners(consortium, first, last);
        List<Held> held = new ArrayList<>();
        for (PermanencePlan plan : owners.plans()) {
            if (plan.getTerritory().getId() != territoryId) {
                continue;
            }
            for (PlanPermanence p : plan.getPermanences()) {
                if (!p.getDate().isBefore(first) && !p.getDate().isAfter(last) && owners.owns(plan, p.getDate())) {
                    held.add(new Held(p.getDate(), p.getHalfDay(), p.getPlaceId()));
                }
            }
        }
        return held;
    }

    /**
     * The permanences of one territory from first to last as the public schedule reads them, each from the plan that
     * speaks for its day; drafts never.
     */
    @Transactional(readOnly = true)
    public List<Public> forPublic(Consortium consortium, long territoryId, LocalDate first, LocalDate last) {
        Owners owners = owners(consortium, first, last);
        List<Public> shown = new ArrayList<>();
        for (PermanencePlan plan : owners.plans()) {
            if (plan.getTerritory().getId() != territoryId) {
                continue;
            }
            for (PlanPermanence p : plan.getPermanences()) {
                if (!p.getDate().isBefore(first) && !p.getDate().isAfter(last) && owners.owns(plan, p.getDate())) {
                    shown.add(new Public(p.getDate(), p.getHalfDay(), p.getPlaceId(), p.getVanId(), p.getStaffIds(),
                            plan.getPublishedAt()));
                }
            }
        }
        return shown;
    }

    private static String key(long territoryId, LocalDate day) {
        return territoryId + "/" + day;
    }
}
