package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import fr.allervers.permanence.daysoff.DaysOff;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.plan.PlanViews.BrokenRuleView;
import fr.allervers.permanence.plan.PlanViews.LaunchRequest;
import fr.allervers.permanence.plan.PlanViews.MoveRequest;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.permanence.plan.PlanViews.PlanSummary;
import fr.allervers.permanence.plan.PlanViews.PlanView;
import fr.allervers.permanence.solver.FrenchText;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.Territory;
import fr.allervers.system.DateRange;

/**
 * Permanence plans of the current consortium: launch, read, pin, move by hand, re-plan. Every request is checked
 * completely before anything is written; plans are looked up within the consortium, in the query.
 */
@Service
class PermanencePlanService {

    static final int MAX_FIXED_TEAMS = 10;

    private final PermanencePlanRepository plans;
    private final TenantTerritories territories;
    private final CurrentConsortium currentConsortium;
    private final TerritoryProblemMapper mapper;
    private final PlanScoring scoring;
    private final PlanSolving solving;
    private final PlanProgress progress;
    private final PlanViewer viewer;
    private final TransactionTemplate transactions;
    private final PermanenceProperties properties;
    private final PlanAccess access;
    private final DaysOff daysOff;

    PermanencePlanService(PermanencePlanRepository plans, TenantTerritories territories,
            CurrentConsortium currentConsortium, TerritoryProblemMapper mapper, PlanScoring scoring,
            PlanSolving solving, PlanProgress progress, PlanViewer viewer, TransactionTemplate transactions,
            PermanenceProperties properties, PlanAccess access, DaysOff daysOff) {
        this.access = access;
        this.daysOff = daysOff;
        this.plans = plans;
        this.territories = territories;
        this.currentConsortium = currentConsortium;
        this.mapper = mapper;
        this.scoring = scoring;
        this.solving = solving;
        this.progress = progress;
        this.viewer = viewer;
        this.transactions = transactions;
        this.properties = properties;
    }

    long launch(LaunchRequest request) {
        int seconds = secondsLimit(request.secondsLimit());
        if (request.territoryId() == null || request.from() == null || request.to() == null) {
            throw new IllegalArgumentException("territoryId, from et to sont obligatoires");
        }
        DateRange.check(request.from(), "from");
        DateRange.check(request.to(), "to");
        checkHorizon(request.from(), request.to());
        int fixedTeams = request.fixedTeams() == null ? properties.fixedTeams() : request.fixedTeams();
        if (fixedTeams < 0 || fixedTeams > MAX_FIXED_TEAMS) {
            throw new IllegalArgumentException("fixedTeams doit être compris entre 0 et " + MAX_FIXED_TEAMS);
        }
        long id = Objects.requireNonNull(transactions.execute(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.require(request.territoryId());
            long saved = plans.save(new PermanencePlan(consortium, territory, request.from(), request.to(), seconds,
                    fixedTeams)).getId();
            solving.submit(saved); // committed with the plan
            return saved;
        }));
        return id;
    }

    /**
     * Solves again from the current plan: pinned permanences stay, the others move only when it pays. A draft is
     * solved in place. A published plan is never: the field reads it. With the coordinator's confirmation, a new
     * draft version is solved from it instead, and the published one stays what the field reads until the new one
     * is published.
     *
     * @return the id of the plan being solved: {@code planId} for a draft, the new version's for a published plan
     */
    long replan(long planId, Integer secondsLimit, boolean confirmed) {
        long solved = Objects.requireNonNull(transactions.execute(status -> {
            PermanencePlan plan = editable(planId);
            int seconds = secondsLimit == null ? plan.getSecondsLimit() : secondsLimit(secondsLimit);
            var newer = plans.findFirstByPreviousVersionOrderByIdDesc(plan);
            if (newer.isPresent()) {
                throw new PlanConflictException("le plan " + planId + " a déjà une version plus récente (plan "
                        + newer.get().getId() + ") : recalculez celle-ci");
            }
            if (!plan.isPublished()) {
                plan.restart(seconds);
                solving.submit(planId); // committed with the plan
                return planId;
            }
            if (!confirmed) {
                throw new PlanConflictException("Ce plan est publié : les équipes le consultent. Le nouveau calcul en"
                        + " fera une nouvelle version en brouillon, qu'elles ne verront qu'une fois publiée ;"
                        + " confirmez (\"confirm\": true) pour lancer le calcul");
            }
            long next = plans.save(plan.nextVersion(seconds)).getId();
            solving.submit(next);
            return next;
        }));
        return solved;
    }

    @Transactional(readOnly = true)
    List<PlanSummary> list(long territoryId) {
        Consortium consortium = currentConsortium.get();
        Territory territory = territories.require(territoryId);
        boolean withDrafts = access.readsDrafts();
        return plans.findByConsortiumAndTerritoryOrderByCreatedAtDesc(consortium, territory).stream()
                .filter(p -> withDrafts || p.isPublished())
                .map(p -> new PlanSummary(p.getId(), territory.getId(), p.getFrom(), p.getTo(), p.getStatus(),
                        score(p), p.getHeldPermanences().size(), p.getCreatedAt(), p.getUpdatedAt(),
                        p.getPublishedAt(), p.getPreviousVersion() == null ? null : p.getPreviousVersion().getId()))
                .toList();
    }

    @Transactional(readOnly = true)
    PlanView view(long planId) {
        PermanencePlan plan = readable(planId);
        return viewer.plan(plan, score(plan));
    }

    @Transactional(readOnly = true)
    SseEmitter events(long planId) {
        PermanencePlan plan = readable(planId);
        // A solve that ends between the read above and the subscription, here or on another instance, is seen by the
        // progress poll of the database.
        return progress.subscribe(new PlanProgress.Progress(planId, plan.getStatus(), score(plan)));
    }

    @Transactional
    PermanenceView pin(long planId, long permanenceId, boolean pinned) {
        PermanencePlan plan = editable(planId);
        PlanPermanence permanence = permanence(plan, permanenceId);
        permanence.setPinned(pinned);
        plan.touch();
        return viewer.permanence(permanence, viewer.labels(plan));
    }

    /**
     * Moves one permanence by hand and re-scores the plan with the solver's rules, without solving: the broken rules
     * come back in the answer. The moved permanence is pinned, so that re-planning keeps the coordinator's choice.
     */
    @Transactional
    PlanView move(long planId, long permanenceId, MoveRequest request) {
        PermanencePlan plan = editable(planId);
        TerritoryData data = moveData(plan, permanenceId, request);
        applyMove(plan, permanence(plan, permanenceId), request, data);
        scoring.rescore(plan, data);
        return viewer.plan(plan, plan.getScore(), data);
    }

    /**
     * The same move, checked the same way, but never written: the rules it would break (named) and those it would
     * mend, so that the page can warn before the move is made. The transaction is rolled back whatever happens.
     */
    PlanViews.MovePreview previewMove(long planId, long permanenceId, MoveRequest request) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            PermanencePlan plan = editable(planId);
            TerritoryData data = moveData(plan, permanenceId, request);
            List<BrokenRuleView> before = scoring.brokenRules(plan, scoring.score(plan, data));
            applyMove(plan, permanence(plan, permanenceId), request, data);
            List<BrokenRuleView> after = scoring.brokenRules(plan, scoring.score(plan, data));
            return PlanViews.MovePreview.of(before, after);
        });
    }

    /** The territory data a move needs: the plan's places and the one it moves to. */
    private TerritoryData moveData(PermanencePlan plan, long permanenceId, MoveRequest request) {
        PlanPermanence permanence = permanence(plan, permanenceId);
        long placeId = request.placeId() == null ? permanence.getPlaceId() : request.placeId();
        Set<Long> placeIds = new HashSet<>(plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList());
        placeIds.add(placeId);
        return mapper.load(plan.getTerritory(), placeIds, true);
    }

    private void applyMove(PermanencePlan plan, PlanPermanence permanence, MoveRequest request, TerritoryData data) {
        if (permanence.isCancelled()) {
            throw new PlanConflictException("la permanence " + permanence.getId() + " est annulée : rétablissez-la"
                    + " avant de la déplacer");
        }
        LocalDate date = request.date() == null ? permanence.getDate() : DateRange.check(request.date(), "date");
        var halfDay = request.halfDay() == null ? permanence.getHalfDay() : request.halfDay();
        long placeId = request.placeId() == null ? permanence.getPlaceId() : request.placeId();
        List<Long> staffIds = request.staff() == null ? permanence.getStaffIds() : List.copyOf(request.staff());
        if (date.isBefore(plan.getFrom()) || date.isAfter(plan.getTo())) {
            throw new IllegalArgumentException("le " + FrenchText.day(date) + " est hors de la période du plan (du "
                    + FrenchText.day(plan.getFrom()) + " au " + FrenchText.day(plan.getTo()) + ")");
        }
        checkStillOffered(data, permanence, placeId, staffIds);
        checkNotADayOff(plan, date, halfDay, data.place(placeId).getCommuneInsee());
        checkPair(data, staffIds);
        if (permanence.getVanId() != null && plan.getHeldPermanences().stream().anyMatch(other -> other != permanence
                && Objects.equals(other.getVanId(), permanence.getVanId()) && other.getDate().equals(date)
                && other.getHalfDay() == halfDay)) {
            throw new PlanConflictException("le camion « " + data.van(permanence.getVanId()).getLabel()
                    + " » a déjà une permanence le " + FrenchText.day(date) + " " + halfDay.french());
        }
        permanence.moveTo(date, halfDay, placeId, staffIds);
        permanence.setPinned(true);
    }

    @Transactional(readOnly = true)
    PlanViews.ExplanationView explanation(long planId) {
        PermanencePlan plan = readable(planId);
        TerritoryData data = mapper.load(plan.getTerritory(),
                plan.getPermanences().stream().map(PlanPermanence::getPlaceId).toList(), true);
        PlanScoring.Scored scored = scoring.score(plan, data);
        return viewer.explanation(plan, scored, scoring.brokenRules(plan, scored));
    }

    /** Coordinators read anyone's calendar in their consortium; a field account only its own linked person's. */
    @Transactional(readOnly = true)
    String staffCalendar(long planId, long staffId) {
        PermanencePlan plan = plan(planId);
        access.requireSelfOrManager(staffId, "vous ne pouvez télécharger que votre propre calendrier");
        access.requirePublishedForField(plan);
        TerritoryData labels = viewer.labels(plan);
        String who = labels.staffMember(staffId).getLabel();
        List<PermanenceView> mine = viewer.permanences(plan, labels).stream()
                .filter(p -> p.staff().stream().anyMatch(s -> s.id() == staffId)).toList();
        return IcsCalendar.write("Permanences — " + who, plan, mine);
    }

    @Transactional(readOnly = true)
    String vanCalendar(long planId, long vanId) {
        PermanencePlan plan = readable(planId);
        TerritoryData labels = viewer.labels(plan);
        String van = labels.van(vanId).getLabel();
        List<PermanenceView> trips = viewer.permanences(plan, labels).stream()
                .filter(p -> Objects.equals(p.vanId(), vanId)).toList();
        return IcsCalendar.write("Permanences — " + van, plan, trips);
    }

    @Transactional(readOnly = true)
    byte[] csv(long planId) {
        PermanencePlan plan = readable(planId);
        return CsvExport.write(viewer.permanences(plan, viewer.labels(plan)));
    }

    /** What the permanence already had may be archived since; what a move brings in must be in use. */
    private static void checkStillOffered(TerritoryData data, PlanPermanence permanence, long placeId,
            List<Long> staffIds) {
        var place = data.place(placeId);
        if (place.isArchived() && placeId != permanence.getPlaceId()) {
            throw new IllegalArgumentException("le lieu « " + place.getName() + " » est archivé : choisissez un lieu"
                    + " en service");
        }
        for (Long id : staffIds) {
            var person = data.staffMember(id);
            if (person.isArchived() && !permanence.getStaffIds().contains(id)) {
                throw new IllegalArgumentException("« " + person.getLabel() + " » est archivé(e) : choisissez une"
                        + " personne de l'équipe actuelle");
            }
        }
    }

    /** A public holiday or a closing day is never planned, not even by hand. */
    private void checkNotADayOff(PermanencePlan plan, LocalDate date, DayPart halfDay, String communeInsee) {
        DayOff off = daysOff.at(plan.getConsortium(), date, halfDay, communeInsee);
        if (off != null) {
            throw new IllegalArgumentException("pas de permanence le " + date + " " + halfDay.french() + " : "
                    + off.inFrench() + " ; choisissez un autre jour");
        }
    }

    private void checkPair(TerritoryData data, List<Long> staffIds) {
        Set<Profession> roles = new HashSet<>();
        for (Long id : staffIds) {
            Profession role = Profession.valueOf(data.staffMember(id).getRole().name());
            if (!PlanningRules.DEFAULT_REQUIRED_ROLES.contains(role) || !roles.add(role)) {
                throw new IllegalArgumentException("un binôme compte au plus un travailleur social et un CIP ("
                        + data.staffMember(id).getLabel() + " ne peut pas y entrer)");
            }
        }
    }

    private int secondsLimit(Integer seconds) {
        int value = seconds == null ? Math.min(30, properties.maxSecondsLimit()) : seconds;
        if (value < 1 || value > properties.maxSecondsLimit()) {
            throw new IllegalArgumentException("secondsLimit doit être compris entre 1 et "
                    + properties.maxSecondsLimit() + " secondes");
        }
        return value;
    }

    private static void checkHorizon(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("la date de début (" + from + ") est après la date de fin (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= PermanenceProblem.MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("la période ne peut pas dépasser 8 semaines");
        }
    }

    private PermanencePlan plan(long planId) {
        return plans.getInConsortium(planId, currentConsortium.get());
    }

    /** A plan of the consortium that the signed-in account may read: a field account reads published ones only. */
    private PermanencePlan readable(long planId) {
        PermanencePlan plan = plan(planId);
        access.requirePublishedForField(plan);
        return plan;
    }

    private PermanencePlan editable(long planId) {
        PermanencePlan plan = plan(planId);
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

    private String score(PermanencePlan plan) {
        String live = plan.getStatus() == PlanStatus.SOLVING ? progress.bestScore(plan.getId()) : null;
        return live != null ? live : plan.getScore();
    }
}
