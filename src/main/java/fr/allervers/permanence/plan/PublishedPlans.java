package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;

/**
 * Which plan speaks for a day: of the published plans of a territory covering it, the latest publication (a
 * coordinator re-plans the next weeks and publishes again). Drafts never do. « Ma journée », the calendar
 * subscriptions and the funders' coverage all read the days through here.
 */
@Component
public class PublishedPlans {

    /** A permanence held on a day by the plan that speaks for it: when and where, nothing about who. */
    public record Held(LocalDate date, long placeId) {
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

    /**
     * The permanences held in one territory from first to last, each from the plan that speaks for its day; the
     * cancelled ones are left out.
     */
    @Transactional(readOnly = true)
    public List<Held> held(Consortium consortium, long territoryId, LocalDate first, LocalDate last) {
        Owners owners = owners(consortium, first, last);
        List<Held> held = new ArrayList<>();
        for (PermanencePlan plan : owners.plans()) {
            if (plan.getTerritory().getId() != territoryId) {
                continue;
            }
            for (PlanPermanence p : plan.getHeldPermanences()) { // a cancelled permanence is not held
                if (!p.getDate().isBefore(first) && !p.getDate().isAfter(last) && owners.owns(plan, p.getDate())) {
                    held.add(new Held(p.getDate(), p.getPlaceId()));
                }
            }
        }
        return held;
    }

    private static String key(long territoryId, LocalDate day) {
        return territoryId + "/" + day;
    }
}
