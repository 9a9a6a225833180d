package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Component;

import fr.allervers.absence.AbsenceReason;
import fr.allervers.absence.Absences;
import fr.allervers.absence.Absences.StaffAway;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.plan.PlanViews.BrokenRuleView;
import fr.allervers.permanence.plan.PlanViews.PersonView;
import fr.allervers.permanence.solver.BrokenRule;
import fr.allervers.permanence.solver.PermanenceRef;
import fr.allervers.permanence.solver.PlanExplainer;
import fr.allervers.permanence.solver.PlanExplanation;
import fr.allervers.territory.Commune;
import fr.allervers.territory.HalfDay;

/**
 * Scores and explains a stored plan with the solver's own score calculation ({@link SolutionManager}), without
 * solving: after a move by hand, a cancellation or an absence, for the explanation, at publication, and for the
 * checkpoints written while solving. Cancelled permanences are not held: the solver does not see them, and their
 * van or fixed-team lane stays empty, so that re-planning never puts something else in their place unasked.
 */
@Component
class PlanScoring {

    private static final String ABSENT = " est absent·e le ";

    /** The score and explanation of a stored plan, with the solver's permanence ids mapped to the stored ones. */
    record Scored(PermanenceSchedule schedule, PlanExplanation explanation, Map<Long, Long> storedIdBySolverId) {
    }

    private final SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager;
    private final TerritoryProblemMapper mapper;
    private final Absences absences;

    PlanScoring(SolutionManager<PermanenceSchedule, HardMediumSoftScore> solutionManager,
            TerritoryProblemMapper mapper, Absences absences) {
        this.solutionManager = solutionManager;
        this.mapper = mapper;
        this.absences = absences;
    }

    /** The plan exactly as stored (pinned flags included, cancelled permanences left out), as the solver sees it. */
    PermanenceSchedule schedule(PermanencePlan plan, TerritoryData data) {
        List<PlannedPermanence> held = plan.getHeldPermanences().stream().map(PlanPermanence::toPlanned).toList();
        PermanenceSchedule schedule = ScheduleBuilder.build(mapper.problem(data, plan.getFrom(), plan.getTo(),
                plan.getFixedTeams(), held));
        plan.getPermanences().stream().filter(PlanPermanence::isCancelled)
                .forEach(cancelled -> freezeLane(schedule, cancelled));
        return schedule;
    }

    /** Takes out the empty possible permanence of the cancelled one's van (or one fixed team) that half-day. */
    private static void freezeLane(PermanenceSchedule schedule, PlanPermanence cancelled) {
        Iterator<Permanence> lanes = schedule.getPermanences().iterator();
        while (lanes.hasNext()) {
            Permanence lane = lanes.next();
            if (!lane.isHeld() && lane.getSlot().date().equals(cancelled.getDate())
                    && lane.getSlot().halfDay() == cancelled.getHalfDay()
                    && Objects.equals(lane.isMobile() ? lane.getVan().id() : null, cancelled.getVanId())) {
                lanes.remove();
                schedule.getSeats().removeIf(seat -> seat.getPermanenceId() == lane.getId());
                return;
            }
        }
    }

    Scored score(PermanencePlan plan, TerritoryData data) {
        PermanenceSchedule schedule = schedule(plan, data);
        PlanExplanation explanation = explain(schedule);
        return new Scored(schedule, explanation, storedIds(schedule, plan.getHeldPermanences()));
    }

    /** Scores the plan as stored and writes its score and broken rules on it. */
    Scored rescore(PermanencePlan plan, TerritoryData data) {
        Scored scored = score(plan, data);
        store(plan, scored);
        return scored;
    }

    /** Writes the score and broken rules of a solution just stored as the plan's permanences (ids assigned). */
    void store(PermanencePlan plan, PermanenceSchedule schedule, PlanExplanation explanation) {
        store(plan, new Scored(schedule, explanation, storedIds(schedule, plan.getHeldPermanences())));
    }

    private void store(PermanencePlan plan, Scored scored) {
        PlanExplanation explanation = scored.explanation();
        plan.scored(explanation.score().toString(), explanation.brokenRules(), brokenRules(plan, scored));
    }

    PlanExplanation explain(PermanenceSchedule schedule) {
        return new PlanExplainer().explain(schedule, solutionManager.explain(schedule));
    }

    /** The solver's violations with the stored permanence ids, and the absences named with their reason. */
    List<BrokenRuleView> brokenRules(PermanencePlan plan, Scored scored) {
        Map<Long, Long> storedIds = scored.storedIdBySolverId();
        Supplier<List<StaffAway>> away = memoize(() -> absences.staffAwayWithReasons(plan.getConsortium(),
                plan.getFrom(), plan.getTo()));
        Supplier<Map<String, String>> communes = memoize(() -> communeNames(plan));
        return scored.explanation().violations().stream().map(rule -> {
            List<Long> ids = rule.permanences().stream().map(r -> storedIds.get(r.permanenceId()))
                    .filter(Objects::nonNull).distinct().toList();
            List<PersonView> people = rule.people().stream().map(p -> new PersonView(p.id(), p.label())).toList();
            String message = "STAFF_UNAVAILABLE".equals(rule.rule()) && people.size() == 1
                    && rule.permanences().size() == 1
                    ? unavailable(people.get(0), rule.permanences().get(0), away.get(), communes.get())
                    : rule.message();
            return new BrokenRuleView(rule.rule(), rule.label(), rule.severity(), message,
                    ids.isEmpty() ? null : ids.get(0), ids, rule.date(), rule.communeInsee(), people);
        }).toList();
    }

    /**
     * « Awa Diallo est absent·e le mardi 8 décembre (congés) : permanence de Vénissieux, place Léon-Sublet, matin ».
     */
    private static String unavailable(PersonView person, PermanenceRef permanence, List<StaffAway> away,
            Map<String, String> communes) {
        LocalDate date = permanence.slot().date();
        DayPart halfDay = permanence.slot().halfDay();
        String where = "permanence de " + communes.getOrDefault(permanence.communeInsee(), permanence.communeInsee())
                + ", " + permanence.placeName();
        Optional<StaffAway> absence = away.stream().filter(a -> a.staffId() == person.id()
                && a.period().covers(date, HalfDay.valueOf(halfDay.name()))).findFirst();
        return absence.map(a -> person.label() + ABSENT + FrenchDates.day(date) + " ("
                        + a.reason().french() + ") : " + where + ", " + halfDay.french())
                .orElseGet(() -> person.label() + " ne travaille pas le " + FrenchDates.slot(date, halfDay) + " : "
                        + where);
    }

    /** The same entry without the absence's reason (« … est absent·e le mardi 8 décembre : permanence de … »). */
    static BrokenRuleView withoutAbsenceReason(BrokenRuleView rule) {
        String message = rule.message();
        int away = message == null || !"STAFF_UNAVAILABLE".equals(rule.rule()) ? -1 : message.indexOf(ABSENT);
        if (away < 0) {
            return rule;
        }
        String after = message.substring(away);
        for (AbsenceReason reason : AbsenceReason.values()) {
            String said = " (" + reason.french() + ") : ";
            int at = after.indexOf(said);
            if (at >= 0) {
                after = after.substring(0, at) + " : " + after.substring(at + said.length());
                break;
            }
        }
        return new BrokenRuleView(rule.rule(), rule.label(), rule.severity(), message.substring(0, away) + after,
                rule.permanenceId(), rule.permanenceIds(), rule.date(), rule.communeInsee(), rule.people());
    }

    private static Map<String, String> communeNames(PermanencePlan plan) {
        Map<String, String> names = new HashMap<>();
        for (Commune commune : plan.getTerritory().getCommunes()) {
            names.put(commune.getInsee(), commune.getName());
        }
        return names;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private record LaneKey(LocalDate date, DayPart halfDay, Long vanId, long placeId) {
    }

    private static Map<Long, Long> storedIds(PermanenceSchedule schedule, List<PlanPermanence> stored) {
        Map<LaneKey, Deque<Long>> byKey = new HashMap<>();
        for (PlanPermanence p : stored) {
            byKey.computeIfAbsent(new LaneKey(p.getDate(), p.getHalfDay(), p.getVanId(), p.getPlaceId()),
                    k -> new ArrayDeque<>()).add(p.getId());
        }
        Map<Long, Long> result = new HashMap<>();
        for (Permanence p : schedule.heldPermanences()) {
            Deque<Long> ids = byKey.get(new LaneKey(p.getSlot().date(), p.getSlot().halfDay(),
                    p.isMobile() ? p.getVan().id() : null, p.getPlace().id()));
            if (ids != null && !ids.isEmpty()) {
                result.put(p.getId(), ids.poll());
            }
        }
        return result;
    }
}
