package fr.allervers.permanence.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.min;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.solver.PlanJustification.CommuneMonthCount;
import fr.allervers.permanence.solver.PlanJustification.HeldOnDayOff;
import fr.allervers.permanence.solver.PlanJustification.LunchBreakTooShort;
import fr.allervers.permanence.solver.PlanJustification.MissingRole;
import fr.allervers.permanence.solver.PlanJustification.PermanenceNote;
import fr.allervers.permanence.solver.PlanJustification.PlaceNote;
import fr.allervers.permanence.solver.PlanJustification.PlaceUnsuitable;
import fr.allervers.permanence.solver.PlanJustification.ResourceNote;
import fr.allervers.permanence.solver.PlanJustification.SlotConflict;
import fr.allervers.permanence.solver.PlanJustification.Unavailable;
import fr.allervers.permanence.solver.PlanJustification.VisitsTooClose;

/**
 * The rules of a permanence plan. Hard: physically or contractually impossible. Medium: the monthly minimum per
 * commune, so that an impossible request still returns the best plan with the missed targets named, and no hard
 * rule is ever broken to reach a target. Soft: quality, in the order of the weights below.
 */
public class PermanenceConstraintProvider implements ConstraintProvider {

    public static final String VAN_CONFLICT = "Camion à deux endroits en même temps";
    public static final String PLACE_CONFLICT = "Deux permanences au même lieu en même temps";
    public static final String STAFF_CONFLICT = "Professionnel à deux endroits en même temps";
    public static final String STAFF_UNAVAILABLE = "Professionnel indisponible";
    public static final String VAN_UNAVAILABLE = "Camion indisponible";
    public static final String INCOMPLETE_PAIR = "Binôme incomplet";
    public static final String PLACE_CLOSED = "Lieu fermé";
    public static final String DAY_OFF = "Permanence un jour férié ou de fermeture";
    public static final String PLACE_NOT_VAN_ACCESSIBLE = "Lieu inaccessible au camion";
    public static final String VAN_LUNCH_BREAK = "Trajet du camion trop long à midi";
    public static final String STAFF_LUNCH_BREAK = "Trajet d'un professionnel trop long à midi";
    public static final String COMMUNE_MONTHLY_MAXIMUM = "Maximum mensuel par commune";
    public static final String COMMUNE_VISIT_SPACING = "Écart minimum entre deux visites";
    public static final String COMMUNE_MONTHLY_MINIMUM = "Minimum mensuel par commune";
    public static final String DEMAND_SERVED = "Demande servie";
    public static final String REGULAR_WEEKLY_SLOT = "Régularité du créneau";
    public static final String REGULAR_TEAM = "Régularité de l'équipe";
    public static final String FAIR_WORKLOAD = "Répartition de la charge";
    public static final String VAN_TRAVEL = "Trajets du camion";
    public static final String STAFF_PREFERENCE = "Préférences des professionnels";
    public static final String STABLE_PLACE = "Stabilité des lieux";
    public static final String STABLE_TEAM = "Stabilité des binômes";

    /** Every held permanence is worth DEMAND_BASE plus up to DEMAND_WEIGHT for the busiest place. */
    static final int DEMAND_BASE = 200;
    static final int DEMAND_WEIGHT = 200;
    static final int IRREGULAR_SLOT_WEIGHT = 40;
    static final int IRREGULAR_TEAM_WEIGHT = 10;
    static final int PREFERENCE_WEIGHT = 20;
    /** Above the largest demand gain, so that a published plan only moves when a rule forces it. */
    static final int STABLE_PLACE_WEIGHT = 1000;
    static final int STABLE_TEAM_WEIGHT = 300;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                vanConflict(factory),
                placeConflict(factory),
                staffConflict(factory),
                staffUnavailable(factory),
                vanUnavailable(factory),
                incompletePair(factory),
                placeClosed(factory),
                dayOff(factory),
                placeNotVanAccessible(factory),
                vanLunchBreak(factory),
                staffLunchBreak(factory),
                communeMonthlyMaximum(factory),
                communeVisitSpacing(factory),
                communeMonthlyMinimum(factory),
                demandServed(factory),
                regularWeeklySlot(factory),
                regularTeam(factory),
                fairWorkload(factory),
                vanTravel(factory),
                staffPreference(factory),
                stablePlace(factory),
                stableTeam(factory)
        };
    }

    // ---------- Hard ----------

    Constraint vanConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(Permanence.class, equal(Permanence::getVan), equal(Permanence::getSlot))
                .filter((a, b) -> a.isMobile())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new SlotConflict(a.getVan().label(), a.getSlot(),
                        PermanenceRef.of(List.of(a, b))))
                .asConstraint(VAN_CONFLICT);
    }

    Constraint placeConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(Permanence.class, equal(Permanence::getPlace), equal(Permanence::getSlot))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new SlotConflict(a.getPlace().name(), a.getSlot(),
                        PermanenceRef.of(List.of(a, b))))
                .asConstraint(PLACE_CONFLICT);
    }

    Constraint staffConflict(ConstraintFactory factory) {
        return heldSeats(factory)
                .groupBy((seat, p) -> seat.getStaff(), (seat, p) -> seat.getSlot(), toList((seat, p) -> p))
                .filter((staff, slot, permanences) -> permanences.size() > 1)
                .penalize(HardMediumSoftScore.ONE_HARD, (staff, slot, permanences) -> permanences.size() - 1)
                .justifyWith((staff, slot, permanences, score) -> new SlotConflict(staff.label(), slot,
                        PermanenceRef.of(permanences)))
                .asConstraint(STAFF_CONFLICT);
    }

    Constraint staffUnavailable(ConstraintFactory factory) {
        return heldSeats(factory)
                .filter((seat, p) -> !seat.getStaff().isAvailable(p.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, p, score) -> new Unavailable(seat.getStaff().label(), PermanenceRef.of(p)))
                .asConstraint(STAFF_UNAVAILABLE);
    }

    Constraint vanUnavailable(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .filter(p -> p.isMobile() && !p.getVan().isAvailable(p.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((p, score) -> new Unavailable(p.getVan().label(), PermanenceRef.of(p)))
                .asConstraint(VAN_UNAVAILABLE);
    }

    /** Also catches a person of the wrong role put in a seat by hand. */
    Constraint incompletePair(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getStaff() == null || seat.getStaff().role() != seat.getRole())
                .join(Permanence.class, equal(Seat::getPermanenceId, Permanence::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, p, score) -> new MissingRole(PermanenceRef.of(p), seat.getRole()))
                .asConstraint(INCOMPLETE_PAIR);
    }

    Constraint placeClosed(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .filter(p -> !p.getPlace().isOpen(p.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((p, score) -> new PlaceUnsuitable(PermanenceRef.of(p), true))
                .asConstraint(PLACE_CLOSED);
    }

    /**
     * No day off is offered to the solver ({@code ScheduleBuilder}); this catches the permanences put there by hand
     * or stored before the day was declared closed, so that the coordinator sees them.
     */
    Constraint dayOff(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .join(DayOff.class, equal(p -> p.getSlot().date(), DayOff::date),
                        filtering((p, off) -> off.covers(p.getSlot()) && off.appliesTo(p.getPlace())))
                .groupBy((p, off) -> p, min((p, off) -> off, DAY_OFF_ORDER))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((p, off, score) -> new HeldOnDayOff(PermanenceRef.of(p), off))
                .asConstraint(DAY_OFF);
    }

    /** When a day is off for several reasons, the one named is the most lasting: holiday, closing, school holiday. */
    private static final java.util.Comparator<DayOff> DAY_OFF_ORDER =
            java.util.Comparator.comparing(DayOff::kind).thenComparing(DayOff::label);

    Constraint placeNotVanAccessible(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .filter(p -> p.isMobile() && !p.getPlace().vanAccessible())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((p, score) -> new PlaceUnsuitable(PermanenceRef.of(p), false))
                .asConstraint(PLACE_NOT_VAN_ACCESSIBLE);
    }

    Constraint vanLunchBreak(ConstraintFactory factory) {
        return vanDays(factory)
                .join(PlanningRules.class)
                .filter((am, pm, rules) -> !rules.reachableInLunchBreak(am.getPlace(), pm.getPlace()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((am, pm, rules, score) -> new LunchBreakTooShort(am.getVan().label(),
                        PermanenceRef.of(am), PermanenceRef.of(pm),
                        rules.travel().minutes(am.getPlace(), pm.getPlace()), rules.lunchBreakMinutes()))
                .asConstraint(VAN_LUNCH_BREAK);
    }

    Constraint staffLunchBreak(ConstraintFactory factory) {
        return heldSeats(factory)
                .groupBy((seat, p) -> seat.getStaff(), (seat, p) -> p.getSlot().date(), toList((seat, p) -> p))
                .join(PlanningRules.class)
                .filter((staff, date, permanences, rules) -> LunchTrips.firstUnreachable(permanences, rules) != null)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((staff, date, permanences, rules, score) ->
                        LunchTrips.justify(staff.label(), LunchTrips.firstUnreachable(permanences, rules), rules))
                .asConstraint(STAFF_LUNCH_BREAK);
    }

    Constraint communeMonthlyMaximum(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .groupBy(Permanence::communeInsee, p -> p.getSlot().month(), count())
                .join(CommuneMonth.class, equal((insee, month, n) -> insee, CommuneMonth::insee),
                        equal((insee, month, n) -> month, CommuneMonth::month))
                .filter((insee, month, n, target) -> n > target.maxCount())
                .penalize(HardMediumSoftScore.ONE_HARD, (insee, month, n, target) -> n - target.maxCount())
                .justifyWith((insee, month, n, target, score) -> CommuneMonthCount.of(target, n))
                .asConstraint(COMMUNE_MONTHLY_MAXIMUM);
    }

    /** Penalised by the missing days, so that the solver feels it getting closer. */
    Constraint communeVisitSpacing(ConstraintFactory factory) {
        return factory.forEachUniquePair(Permanence.class, equal(Permanence::communeInsee))
                .join(CommuneQuota.class, equal((a, b) -> a.communeInsee(), CommuneQuota::insee))
                .filter((a, b, commune) -> daysBetween(a, b) < commune.minSpacingDays())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (a, b, commune) -> commune.minSpacingDays() - daysBetween(a, b))
                .justifyWith((a, b, commune, score) -> new VisitsTooClose(commune.insee(), commune.name(),
                        PermanenceRef.of(a), PermanenceRef.of(b), daysBetween(a, b), commune.minSpacingDays()))
                .asConstraint(COMMUNE_VISIT_SPACING);
    }

    // ---------- Medium ----------

    /**
     * Joined with every possible permanence of the month (held or not) so that a commune with no permanence at all
     * still forms a group with a count of zero. A month with no possible permanence at all (no van, no fixed team)
     * is not scored here; {@link PlanExplainer} still reports it.
     */
    Constraint communeMonthlyMinimum(ConstraintFactory factory) {
        return factory.forEach(CommuneMonth.class)
                .join(factory.forEachIncludingNullVars(Permanence.class),
                        equal(CommuneMonth::month, p -> p.getSlot().month()))
                .groupBy((target, p) -> target,
                        conditionally((target, p) -> p.isHeld() && p.communeInsee().equals(target.insee()), countBi()))
                .filter((target, held) -> held < target.minCount())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (target, held) -> target.minCount() - held)
                .justifyWith((target, held, score) -> CommuneMonthCount.of(target, held))
                .asConstraint(COMMUNE_MONTHLY_MINIMUM);
    }

    // ---------- Soft ----------

    Constraint demandServed(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .reward(HardMediumSoftScore.ONE_SOFT,
                        p -> DEMAND_BASE + (int) Math.round(DEMAND_WEIGHT * p.getPlace().demandScore()))
                .justifyWith((p, score) -> new PermanenceNote(PermanenceRef.of(p),
                        "demande " + PlanJustification.demand(p.getPlace().demandScore())))
                .asConstraint(DEMAND_SERVED);
    }

    /** People come back when the van comes back at the same time: one weekday and half-day per place. */
    Constraint regularWeeklySlot(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .groupBy(Permanence::getPlace, countDistinct(p -> p.getSlot().weekly()))
                .filter((place, weeklySlots) -> weeklySlots > 1)
                .penalize(HardMediumSoftScore.ofSoft(IRREGULAR_SLOT_WEIGHT), (place, weeklySlots) -> weeklySlots - 1)
                .justifyWith((place, weeklySlots, score) -> new PlaceNote(place.id(), place.name(),
                        place.communeInsee(), weeklySlots + " créneaux hebdomadaires différents"))
                .asConstraint(REGULAR_WEEKLY_SLOT);
    }

    /** Trust is built with the same faces: per place and role, every extra person costs. */
    Constraint regularTeam(ConstraintFactory factory) {
        return heldSeats(factory)
                .groupBy((seat, p) -> p.getPlace(), (seat, p) -> seat.getRole(),
                        countDistinct((seat, p) -> seat.getStaff()))
                .filter((place, role, people) -> people > 1)
                .penalize(HardMediumSoftScore.ofSoft(IRREGULAR_TEAM_WEIGHT), (place, role, people) -> people - 1)
                .justifyWith((place, role, people, score) -> new PlaceNote(place.id(), place.name(),
                        place.communeInsee(), people + " " + role.french() + " différents"))
                .asConstraint(REGULAR_TEAM);
    }

    /** Squared so that one more half-day costs more for someone who already has many. */
    Constraint fairWorkload(ConstraintFactory factory) {
        return heldSeats(factory)
                .groupBy((seat, p) -> seat.getStaff(), countBi())
                .penalize(HardMediumSoftScore.ONE_SOFT, (staff, halfDays) -> halfDays * halfDays)
                .justifyWith((staff, halfDays, score) -> new ResourceNote(staff.label(),
                        FrenchText.count(halfDays, "demi-journée", "demi-journées")))
                .asConstraint(FAIR_WORKLOAD);
    }

    Constraint vanTravel(ConstraintFactory factory) {
        return vanDays(factory)
                .join(PlanningRules.class)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (am, pm, rules) -> rules.travel().minutes(am.getPlace(), pm.getPlace()))
                .justifyWith((am, pm, rules, score) -> new PermanenceNote(PermanenceRef.of(pm),
                        rules.travel().minutes(am.getPlace(), pm.getPlace()) + " min de trajet depuis "
                                + am.getPlace().name()))
                .asConstraint(VAN_TRAVEL);
    }

    Constraint staffPreference(ConstraintFactory factory) {
        return heldSeats(factory)
                .filter((seat, p) -> !seat.getStaff().prefers(p.getPlace()))
                .penalize(HardMediumSoftScore.ofSoft(PREFERENCE_WEIGHT))
                .justifyWith((seat, p, score) -> new PermanenceNote(PermanenceRef.of(p),
                        seat.getStaff().label() + " aurait préféré un autre lieu"))
                .asConstraint(STAFF_PREFERENCE);
    }

    /** A permanence of the previous plan that moved or was cancelled. A new one where there was none is free. */
    Constraint stablePlace(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Permanence.class)
                .filter(p -> p.getPreviousPlace() != null && !p.getPreviousPlace().equals(p.getPlace()))
                .penalize(HardMediumSoftScore.ofSoft(STABLE_PLACE_WEIGHT))
                .justifyWith((p, score) -> new PermanenceNote(PermanenceRef.of(p, p.getPreviousPlace()),
                        p.isHeld() ? "déplacée à " + p.getPlace().name() : "annulée"))
                .asConstraint(STABLE_PLACE);
    }

    Constraint stableTeam(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getPreviousStaff() != null && !seat.getPreviousStaff().equals(seat.getStaff()))
                .join(Permanence.class, equal(Seat::getPermanenceId, Permanence::getId))
                .penalize(HardMediumSoftScore.ofSoft(STABLE_TEAM_WEIGHT))
                .justifyWith((seat, p, score) -> new PermanenceNote(PermanenceRef.of(p),
                        seat.getPreviousStaff().label() + " remplacé·e par "
                                + (seat.getStaff() == null ? "personne" : seat.getStaff().label())))
                .asConstraint(STABLE_TEAM);
    }

    // ---------- Shared streams ----------

    /** Seats with someone in them, of held permanences only: an empty van slot keeps nobody busy. */
    private static BiConstraintStream<Seat, Permanence> heldSeats(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .join(Permanence.class, equal(Seat::getPermanenceId, Permanence::getId));
    }

    /** The morning and afternoon permanence of the same van on the same day. */
    private static BiConstraintStream<Permanence, Permanence> vanDays(ConstraintFactory factory) {
        return factory.forEach(Permanence.class)
                .filter(p -> p.isMobile() && p.getSlot().halfDay() == DayPart.AM)
                .join(Permanence.class, equal(Permanence::getVan), equal(p -> p.getSlot().date()),
                        filtering((am, pm) -> pm.getSlot().halfDay() == DayPart.PM));
    }

    private static int daysBetween(Permanence a, Permanence b) {
        return (int) Math.abs(ChronoUnit.DAYS.between(a.getSlot().date(), b.getSlot().date()));
    }
}
