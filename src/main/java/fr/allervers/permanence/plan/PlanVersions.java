package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.plan.PlanViews.ChangeView;
import fr.allervers.permanence.plan.PlanViews.ChangesView;
import fr.allervers.permanence.plan.PlanViews.MyChangeView;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.permanence.plan.PlanViews.PersonView;
import fr.allervers.permanence.plan.PlanViews.PublicationPreview;
import fr.allervers.security.CurrentConsortium;

/**
 * Versions of a plan: re-planning a published plan makes a new draft version, and the field keeps reading the
 * published one until the new one is published (the latest publication speaks for a day, see {@link PublishedPlans}).
 * Here: what a version changes against another, what publishing it would change for the field and for whom, and
 * what it changed for one person.
 */
@Service
class PlanVersions {

    private final PermanencePlanRepository plans;
    private final CurrentConsortium currentConsortium;
    private final TerritoryProblemMapper mapper;
    private final PlanViewer viewer;
    private final PlanAccess access;

    PlanVersions(PermanencePlanRepository plans, CurrentConsortium currentConsortium, TerritoryProblemMapper mapper,
            PlanViewer viewer, PlanAccess access) {
        this.plans = plans;
        this.currentConsortium = currentConsortium;
        this.mapper = mapper;
        this.viewer = viewer;
        this.access = access;
    }

    /** @param againstId another plan of the same territory, or null for the version this one re-plans */
    @Transactional(readOnly = true)
    ChangesView changes(long planId, Long againstId) {
        access.requireManager("les différences entre versions d'un plan sont réservées à la coordination");
        PermanencePlan plan = plans.getInConsortium(planId, currentConsortium.get());
        PermanencePlan against = againstId == null ? plan.getPreviousVersion()
                : plans.getInConsortium(againstId, currentConsortium.get());
        if (against != null && !against.getTerritory().getId().equals(plan.getTerritory().getId())) {
            throw new IllegalArgumentException("le plan " + againstId + " porte sur un autre territoire que le plan "
                    + planId + " : comparez deux versions du même territoire");
        }
        List<ChangeView> changes = diff(against, plan);
        return new ChangesView(planId, against == null ? null : against.getId(),
                against == null ? null : against.getPublishedAt(), changes, PlanChanges.people(changes));
    }

    /** What publishing the plan changes for the field, to confirm before publishing. */
    @Transactional(readOnly = true)
    PublicationPreview publicationPreview(long planId) {
        access.requireManager("l'aperçu de publication est réservé à la coordination");
        PermanencePlan plan = plans.getInConsortium(planId, currentConsortium.get());
        PermanencePlan replaced = plan.getPreviousVersion() != null && plan.getPreviousVersion().isPublished()
                ? plan.getPreviousVersion() : null;
        List<ChangeView> changes = diff(replaced, plan);
        List<PersonView> people = PlanChanges.people(changes);
        String message = plan.isPublished() ? "Ce plan est déjà publié."
                : people.isEmpty() ? "La publication ne change le planning de personne."
                : "La publication change le planning de " + (people.size() == 1 ? "1 personne"
                        : people.size() + " personnes") + " : " + String.join(", ",
                        people.stream().map(PersonView::label).toList()) + ".";
        return new PublicationPreview(planId, plan.isPublished(), replaced == null ? null : replaced.getId(),
                changes, people, message);
    }

    /**
     * What the latest publication of {@code plan} changed for one person, on {@code from} and after; nothing when
     * it replaced no version, or was published before {@code since}.
     */
    List<MyChangeView> changesFor(PermanencePlan plan, long staffId, LocalDate from, OffsetDateTime since) {
        PermanencePlan previous = plan.getPreviousVersion();
        if (previous == null || plan.getPublishedAt() == null
                || (since != null && !plan.getPublishedAt().isAfter(since))) {
            return List.of();
        }
        boolean concerned = Stream.concat(previous.getPermanences().stream(), plan.getPermanences().stream())
                .anyMatch(p -> p.getStaffIds().contains(staffId) && !p.getDate().isBefore(from));
        if (!concerned) {
            return List.of(); // no label lookup for a person the versions do not name
        }
        return diff(previous, plan).stream()
                .filter(c -> c.affected().stream().anyMatch(p -> p.id() == staffId))
                .filter(c -> (c.after() != null && !c.after().date().isBefore(from))
                        || (c.before() != null && !c.before().date().isBefore(from)))
                .map(c -> new MyChangeView(plan.getId(), plan.getPublishedAt(), c.kind(), c.kindLabel(), c.summary(),
                        c.before(), c.after()))
                .toList();
    }

    private List<ChangeView> diff(PermanencePlan before, PermanencePlan after) {
        List<Long> placeIds = Stream.concat(before == null ? Stream.empty() : before.getPermanences().stream(),
                after.getPermanences().stream()).map(PlanPermanence::getPlaceId).distinct().toList();
        TerritoryData labels = mapper.load(after.getTerritory(), placeIds, false);
        List<PermanenceView> old = before == null ? List.of() : viewer.permanences(before, labels);
        return PlanChanges.between(old, viewer.permanences(after, labels));
    }
}
