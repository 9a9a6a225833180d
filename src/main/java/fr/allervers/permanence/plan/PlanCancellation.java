package fr.allervers.permanence.plan;

import java.util.NoSuchElementException;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.permanence.plan.PlanViews.CancelRequest;
import fr.allervers.security.CurrentConsortium;

/**
 * Cancelling one permanence (the market is cancelled, the square is taken) and restoring it. Meant for published
 * plans: the permanence stays in the plan as « annulée », so the field, the calendars (STATUS:CANCELLED) and the
 * exports say so, and it no longer counts as held, so the plan is re-scored (a commune may fall below its target).
 */
@Service
class PlanCancellation {

    static final int MAX_COMMENT_CHARS = 200;

    private final PermanencePlanRepository plans;
    private final CurrentConsortium currentConsortium;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;

    PlanCancellation(PermanencePlanRepository plans, CurrentConsortium currentConsortium, TerritoryProblemMapper mapper,
            PlanScoring scoring) {
        this.plans = plans;
        this.currentConsortium = currentConsortium;
        this.mapper = mapper;
        this.scoring = scoring;
    }

    @Transactional
    PermanencePlan cancel(long planId, long permanenceId, CancelRequest request) {
        PermanencePlan plan = plan(planId);
        PlanPermanence permanence = permanence(plan, permanenceId);
        if (request == null || request.reason() == null) {
            throw new IllegalArgumentException("le motif d'annulation est obligatoire : MARCHE_ANNULE, PLACE_OCCUPEE,"
                    + " METEO, VEHICULE, EQUIPE ou AUTRE");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT_CHARS) {
            throw new IllegalArgumentException("le commentaire d'annulation dépasse " + MAX_COMMENT_CHARS
                    + " caractères (" + comment.length() + ")");
        }
        if (permanence.isCancelled()) {
            throw new PlanConflictException("la permanence " + permanenceId + " est déjà annulée ("
                    + permanence.getCancelReason().french() + ")");
        }
        permanence.cancel(request.reason(), comment, username());
        return rescored(plan);
    }

    @Transactional
    PermanencePlan restore(long planId, long permanenceId) {
        PermanencePlan plan = plan(planId);
        PlanPermanence permanence = permanence(plan, permanenceId);
        if (!permanence.isCancelled()) {
            throw new PlanConflictException("la permanence " + permanenceId + " n'est pas annulée");
        }
        if (permanence.getVanId() != null && plan.getHeldPermanences().stream().anyMatch(other ->
                Objects.equals(other.getVanId(), permanence.getVanId()) && other.getDate().equals(permanence.getDate())
                        && other.getHalfDay() == permanence.getHalfDay())) {
            throw new PlanConflictException("le camion a déjà une autre permanence le "
                    + FrenchDates.slot(permanence.getDate(), permanence.getHalfDay())
                    + " : déplacez-la ou annulez-la avant de rétablir celle-ci");
        }
        permanence.restore();
        return rescored(plan);
    }

    /** Re-scoring writes the plan's time too (see {@link PermanencePlan#touch}). */
    private PermanencePlan rescored(PermanencePlan plan) {
        scoring.rescore(plan, mapper.load(plan.getTerritory(),
                plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList(), true));
        return plan;
    }

    private PermanencePlan plan(long planId) {
        PermanencePlan plan = plans.getInConsortium(planId, currentConsortium.get());
        if (plan.getStatus() == PlanStatus.SOLVING) {
            throw new PlanConflictException("le plan " + planId + " est en cours de calcul ; réessayez à la fin");
        }
        return plan;
    }

    private static PlanPermanence permanence(PermanencePlan plan, long permanenceId) {
        return plan.getPermanences().stream().filter(p -> p.getId() == permanenceId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("permanence " + permanenceId + " introuvable dans le plan "
                        + plan.getId()));
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
