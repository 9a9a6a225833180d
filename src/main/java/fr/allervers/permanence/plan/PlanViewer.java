package fr.allervers.permanence.plan;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.allervers.permanence.plan.PlanViews.BrokenRuleView;
import fr.allervers.permanence.plan.PlanViews.CancellationView;
import fr.allervers.permanence.plan.PlanViews.CommuneExplanationView;
import fr.allervers.permanence.plan.PlanViews.ExplanationView;
import fr.allervers.permanence.plan.PlanViews.PermanenceExplanationView;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.permanence.plan.PlanViews.PlanView;
import fr.allervers.permanence.plan.PlanViews.StaffView;
import fr.allervers.permanence.solver.PlanExplanation;
import fr.allervers.territory.Place;
import fr.allervers.territory.Van;

/** Turns stored plans into their JSON views, with the names of places, communes, vans and staff. */
@Component
class PlanViewer {

    private final TerritoryProblemMapper mapper;
    private final PermanencePlanRepository plans;
    private final PlanAccess access;

    PlanViewer(TerritoryProblemMapper mapper, PermanencePlanRepository plans, PlanAccess access) {
        this.mapper = mapper;
        this.plans = plans;
        this.access = access;
    }

    TerritoryData labels(PermanencePlan plan) {
        return mapper.load(plan.getTerritory(),
                plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList(), false);
    }

    PlanView plan(PermanencePlan plan, String score) {
        return plan(plan, score, labels(plan));
    }

    PlanView plan(PermanencePlan plan, String score, TerritoryData labels) {
        return new PlanView(plan.getId(), plan.getTerritory().getId(), plan.getFrom(), plan.getTo(),
                plan.getSecondsLimit(), plan.getFixedTeams(), plan.getStatus(), score, readable(plan.getBrokenRules()),
                plan.getFailure(), plan.getCreatedAt(), plan.getUpdatedAt(), plan.getPublishedAt(),
                plan.getPreviousVersion() == null ? null : plan.getPreviousVersion().getId(),
                plans.findFirstByPreviousVersionOrderByIdDesc(plan).map(PermanencePlan::getId).orElse(null),
                permanences(plan, labels));
    }

    List<PermanenceView> permanences(PermanencePlan plan, TerritoryData labels) {
        return plan.getPermanences().stream().map(p -> permanence(p, labels)).toList();
    }

    PermanenceView permanence(PlanPermanence permanence, TerritoryData labels) {
        Place place = labels.place(permanence.getPlaceId());
        Van van = permanence.getVanId() == null ? null : labels.van(permanence.getVanId());
        List<StaffView> staff = permanence.getStaffIds().stream().map(labels::staffMember)
                .map(s -> new StaffView(s.getId(), s.getLabel(), s.getRole().name())).toList();
        return new PermanenceView(permanence.getId(), permanence.getDate(), permanence.getHalfDay(), place.getId(),
                place.getName(), place.getCommuneInsee(), labels.communeName(place.getCommuneInsee()),
                permanence.getVanId(), van == null ? null : van.getLabel(), staff, permanence.isPinned(),
                permanence.isCancelled() ? PermanenceView.CANCELLED : PermanenceView.PLANNED,
                cancellation(permanence));
    }

    static CancellationView cancellation(PlanPermanence permanence) {
        return permanence.isCancelled() ? new CancellationView(permanence.getCancelReason(),
                permanence.getCancelReason().french(), permanence.getCancelComment(), permanence.getCancelledBy(),
                permanence.getCancelledAt()) : null;
    }

    ExplanationView explanation(PermanencePlan plan, PlanScoring.Scored scored, List<BrokenRuleView> brokenRules) {
        PlanExplanation explanation = scored.explanation();
        Map<Long, Long> storedIds = scored.storedIdBySolverId();
        return new ExplanationView(plan.getId(), explanation.score().toString(), readable(brokenRules),
                explanation.communes().stream().map(c -> new CommuneExplanationView(c.insee(), c.name(), c.month(),
                        c.held(), c.min(), c.max(), c.sentence(), c.issues())).toList(),
                explanation.permanences().stream().map(p -> new PermanenceExplanationView(
                        storedIds.get(p.permanenceId()), p.slot().date(), p.slot().halfDay(), p.sentence(),
                        p.issues())).toList(), explanation.daysOff());
    }

    /**
     * The broken rules as the signed-in account may read them: a field account reads a published plan, not why a
     * colleague is away (an absence's reason may be sick leave), which stays with the coordination.
     */
    private List<BrokenRuleView> readable(List<BrokenRuleView> rules) {
        return access.readsDrafts() ? rules : rules.stream().map(PlanScoring::withoutAbsenceReason).toList();
    }
}
