package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.plan.PlanViews.BrokenRuleView;
import fr.allervers.permanence.plan.PlanViews.MyChangeView;
import fr.allervers.permanence.plan.PlanViews.MyDayView;
import fr.allervers.permanence.plan.PlanViews.MyPermanenceView;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.security.SignedInStaff;
import fr.allervers.territory.Place;
import fr.allervers.security.CurrentConsortium;

/**
 * "Ma journée": the permanences of the signed-in person on one day — the person being the staff record linked to
 * their account. Without a plan id, the latest published plan of each territory whose horizon covers the day is
 * read: drafts are the coordinator's business until published. A cancelled permanence stays, « annulée »; one a
 * declared absence breaks says so; and the day lists what the latest publication changed for the person.
 */
@Service
class MyDay {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PermanencePlanRepository plans;
    private final PublishedPlans published;
    private final CurrentConsortium currentConsortium;
    private final PlanViewer viewer;
    private final SignedInStaff signedInStaff;
    private final PlanAccess access;
    private final PlanVersions versions;

    MyDay(PermanencePlanRepository plans, PublishedPlans published, CurrentConsortium currentConsortium,
            PlanViewer viewer, SignedInStaff signedInStaff, PlanAccess access, PlanVersions versions) {
        this.versions = versions;
        this.plans = plans;
        this.published = published;
        this.currentConsortium = currentConsortium;
        this.viewer = viewer;
        this.signedInStaff = signedInStaff;
        this.access = access;
    }

    /** @param since when the person last looked: changes published before are not repeated; null for all */
    @Transactional(readOnly = true)
    MyDayView inCurrentPlans(LocalDate date, OffsetDateTime since) {
        SignedInStaff.Link me = me();
        List<MyPermanenceView> mine = new ArrayList<>();
        List<MyChangeView> changes = new ArrayList<>();
        PublishedPlans.Owners owners = published.owners(currentConsortium.get(), date, date);
        for (PermanencePlan plan : owners.plans()) {
            if (owners.owns(plan, date)) {
                mine.addAll(mine(plan, date, me.staffId()));
                changes.addAll(versions.changesFor(plan, me.staffId(), date, since));
            }
        }
        mine.sort(Comparator.comparing(MyPermanenceView::halfDay).thenComparing(MyPermanenceView::planId));
        return new MyDayView(date, me.staffId(), me.label(), mine, changes);
    }

    @Transactional(readOnly = true)
    MyDayView inPlan(long planId, LocalDate date, OffsetDateTime since) {
        SignedInStaff.Link me = me();
        PermanencePlan plan = plans.getInConsortium(planId, currentConsortium.get());
        access.requirePublishedForField(plan);
        if (date.isBefore(plan.getFrom()) || date.isAfter(plan.getTo())) {
            throw new IllegalArgumentException("la date " + date + " est hors de la période du plan ("
                    + plan.getFrom() + " – " + plan.getTo() + ")");
        }
        return new MyDayView(date, me.staffId(), me.label(), mine(plan, date, me.staffId()),
                versions.changesFor(plan, me.staffId(), date, since));
    }

    /**
     * What the coordination still has to resolve about this permanence, from the plan's broken rules: an absence
     * (the person's own, or a partner's, without its reason: that stays with the coordination) or a van off the road.
     */
    private static List<String> alerts(PermanencePlan plan, long permanenceId, long staffId) {
        List<String> alerts = new ArrayList<>();
        for (BrokenRuleView rule : plan.getBrokenRules()) {
            if (!rule.permanenceIds().contains(permanenceId)) {
                continue;
            }
            if ("STAFF_UNAVAILABLE".equals(rule.rule())) {
                rule.people().forEach(person -> alerts.add(person.id() == staffId
                        ? "Vous êtes indisponible pour cette permanence (absence déclarée ou jour non travaillé) :"
                                + " la coordination doit vous remplacer ou l'annuler."
                        : person.label() + " est indisponible pour cette permanence : la coordination doit le ou la"
                                + " remplacer."));
            } else if ("VAN_UNAVAILABLE".equals(rule.rule())) {
                alerts.add("Le camion est indisponible ce jour-là : la coordination doit réorganiser la permanence.");
            }
        }
        return alerts.stream().distinct().toList();
    }

    private SignedInStaff.Link me() {
        return signedInStaff.current().orElseThrow(() -> new NoLinkedStaffException(
                SecurityContextHolder.getContext().getAuthentication().getName()));
    }

    private List<MyPermanenceView> mine(PermanencePlan plan, LocalDate date, long staffId) {
        if (plan.getPermanences().stream().noneMatch(p -> p.getDate().equals(date)
                && p.getStaffIds().contains(staffId))) {
            return List.of(); // no label lookup for plans where the person has nothing that day
        }
        TerritoryData labels = viewer.labels(plan);
        List<MyPermanenceView> result = new ArrayList<>();
        for (PermanenceView p : viewer.permanences(plan, labels)) {
            if (!p.date().equals(date) || p.staff().stream().noneMatch(s -> s.id() == staffId)) {
                continue;
            }
            Slot slot = SlotTimes.DEFAULT.slot(p.date(), p.halfDay());
            Place place = labels.place(p.placeId());
            result.add(new MyPermanenceView(plan.getId(), p.id(), p.halfDay(), p.halfDay().french(),
                    slot.start().format(TIME), slot.end().format(TIME), p.placeId(), p.placeName(),
                    place.getLocation().getX(), place.getLocation().getY(), p.communeInsee(), p.communeName(),
                    p.vanId(), p.vanLabel(), p.staff().stream().filter(s -> s.id() != staffId).toList(), p.pinned(),
                    p.status(), p.cancellation(), p.cancelled() ? List.of() : alerts(plan, p.id(), staffId)));
        }
        return result;
    }
}
