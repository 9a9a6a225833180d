package fr.allervers.permanence.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.CommuneMonth;
import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.solver.PlanExplanation.CommuneExplanation;
import fr.allervers.permanence.solver.PlanExplanation.PermanenceExplanation;

/**
 * Explains a plan in French, per commune and per permanence, from the plan itself (what was held, and why the other
 * open half-days were not used) and from the justifications of the hard and medium rules it breaks.
 */
public final class PlanExplainer {

    public PlanExplanation explain(PermanenceSchedule schedule,
                                   ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> scoreExplanation) {
        List<ConstraintMatch<HardMediumSoftScore>> problems = problemMatches(scoreExplanation);
        List<PlanJustification> justifications = problems.stream()
                .map(ConstraintMatch::getJustification)
                .filter(PlanJustification.class::isInstance).map(PlanJustification.class::cast)
                .toList();
        return new PlanExplanation(scoreExplanation.getScore(), brokenRules(scoreExplanation),
                communes(schedule, justifications), permanences(schedule, justifications),
                violations(scoreExplanation), daysOff(schedule));
    }

    /** Every match of a hard or medium rule, with its permanences, day and people, hard first, then by date. */
    private static List<BrokenRule> violations(
            ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation) {
        List<BrokenRule> result = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            String label = total.getConstraintName();
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                HardMediumSoftScore score = match.getScore();
                String severity = score.hardScore() < 0 ? BrokenRule.HARD
                        : score.mediumScore() < 0 ? BrokenRule.MEDIUM : null;
                if (severity == null) {
                    continue;
                }
                Object justification = match.getJustification();
                PlanJustification j = justification instanceof PlanJustification plan ? plan : null;
                List<PermanenceRef> refs = j == null ? List.of() : j.permanences();
                result.add(new BrokenRule(BrokenRule.code(label), label, severity, j == null ? label : j.inFrench(),
                        refs, day(j, refs), j == null ? null : j.communeInsee(),
                        people(match.getIndictedObjectList())));
            }
        }
        result.sort(Comparator.comparing((BrokenRule r) -> BrokenRule.HARD.equals(r.severity()) ? 0 : 1)
                .thenComparing(BrokenRule::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BrokenRule::rule).thenComparing(BrokenRule::message));
        return result;
    }

    private static LocalDate day(PlanJustification justification, List<PermanenceRef> refs) {
        if (justification instanceof PlanJustification.SlotConflict conflict) {
            return conflict.slot().date();
        }
        return refs.isEmpty() ? null : refs.get(0).slot().date();
    }

    /** The people a match is about: the workers it names, or those seated in the seats it names. */
    private static List<BrokenRule.Person> people(List<Object> indicted) {
        Map<Long, BrokenRule.Person> people = new LinkedHashMap<>();
        for (Object object : indicted) {
            for (Object item : object instanceof Collection<?> many ? many : List.of(object)) {
                Worker worker = item instanceof Worker w ? w : item instanceof Seat seat ? seat.getStaff() : null;
                if (worker != null) {
                    people.putIfAbsent(worker.id(), new BrokenRule.Person(worker.id(), worker.label()));
                }
            }
        }
        return List.copyOf(people.values());
    }

    /**
     * The days off of the horizon that fall on a planned weekday, whatever the places: « vendredi 25 décembre : jour
     * férié (Noël), pas de permanence ». Local holidays name their departments.
     */
    private static List<String> daysOff(PermanenceSchedule schedule) {
        Set<LocalDate> planned = schedule.getSlots().stream().map(Slot::date)
                .collect(Collectors.toSet());
        return schedule.getDaysOff().stream().filter(off -> planned.contains(off.date()))
                .sorted(Comparator.comparing(DayOff::date)
                        .thenComparing(off -> off.halfDay() == null ? -1 : off.halfDay().ordinal())
                        .thenComparing(DayOff::kind))
                .map(off -> capitalize(FrenchText.day(off.date()))
                        + (off.halfDay() == null ? "" : " " + off.halfDay().french()) + " : " + off.inFrench()
                        + (off.departments().isEmpty() ? "" : " dans " + departments(off))
                        + ", pas de permanence")
                .distinct().toList();
    }

    private static String departments(DayOff off) {
        List<String> codes = off.departments().stream().sorted().toList();
        return (codes.size() == 1 ? "le " : "les ") + FrenchText.list(codes);
    }

    /** Matches of the hard and medium rules: the ones a coordinator must read. */
    private static List<ConstraintMatch<HardMediumSoftScore>> problemMatches(
            ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0 || match.getScore().mediumScore() < 0)
                .sorted()
                .toList();
    }

    private static List<String> brokenRules(ScoreExplanation<PermanenceSchedule, HardMediumSoftScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getScore().hardScore() < 0 || total.getScore().mediumScore() < 0)
                .sorted((a, b) -> a.getScore().compareTo(b.getScore()))
                .map(total -> "« " + total.getConstraintName() + " » : "
                        + FrenchText.count(total.getConstraintMatchCount(), "cas", "cas"))
                .toList();
    }

    private static List<CommuneExplanation> communes(PermanenceSchedule schedule, List<PlanJustification> problems) {
        Map<String, CommuneQuota> communes = schedule.getCommunes().stream()
                .collect(Collectors.toMap(CommuneQuota::insee, c -> c, (a, b) -> a, LinkedHashMap::new));
        boolean severalMonths = schedule.getCommuneMonths().stream().map(CommuneMonth::month).distinct().count() > 1;
        List<CommuneExplanation> result = new ArrayList<>();
        for (CommuneMonth target : schedule.getCommuneMonths()) {
            CommuneQuota commune = communes.get(target.insee());
            List<Permanence> held = schedule.heldPermanences().stream()
                    .filter(p -> p.communeInsee().equals(target.insee()) && p.getSlot().month().equals(target.month()))
                    .toList();
            String name = severalMonths ? target.communeName() + " (" + FrenchText.month(target.month()) + ")"
                    : target.communeName();
            String sentence = name + " : " + FrenchText.count(held.size(), "permanence", "permanences") + " sur "
                    + target.maxCount() + " possibles";
            if (held.size() < target.maxCount()) {
                sentence += " — " + missedSlots(schedule, commune, target);
            }
            List<String> issues = new ArrayList<>(problems.stream()
                    .filter(j -> target.insee().equals(j.communeInsee()) && concernsMonth(j, target))
                    .map(PlanJustification::inFrench).distinct().toList());
            schedule.getPlaces().stream().filter(place -> place.communeInsee().equals(target.insee()))
                    .map(place -> unreachable(schedule, place)).filter(Objects::nonNull).forEach(issues::add);
            result.add(new CommuneExplanation(target.insee(), target.communeName(), target.month(), held.size(),
                    target.minCount(), target.maxCount(), sentence, issues));
        }
        return result;
    }

    private static boolean concernsMonth(PlanJustification justification, CommuneMonth target) {
        if (justification instanceof PlanJustification.CommuneMonthCount count) {
            return count.month().equals(target.month());
        }
        return justification.permanences().stream().anyMatch(p -> p.slot().month().equals(target.month()));
    }

    /** Groups the unused open half-days of the month by reason, and each reason by weekday. */
    private static String missedSlots(PermanenceSchedule schedule, CommuneQuota commune, CommuneMonth target) {
        Set<Slot> heldSlots = schedule.heldPermanences().stream()
                .filter(p -> p.communeInsee().equals(commune.insee())).map(Permanence::getSlot)
                .collect(Collectors.toSet());
        Map<MissedSlotReason, Set<DayOfWeek>> reasons = new EnumMap<>(MissedSlotReason.class);
        Map<DayOff, Set<Slot>> daysOff = new LinkedHashMap<>();
        for (Slot slot : schedule.getSlots()) {
            boolean open = schedule.getPlaces().stream()
                    .anyMatch(place -> place.communeInsee().equals(commune.insee()) && place.isOpen(slot));
            if (open && slot.month().equals(target.month()) && !heldSlots.contains(slot)) {
                DayOff off = schedule.dayOff(slot, commune.insee());
                if (off != null) {
                    daysOff.computeIfAbsent(off, o -> new LinkedHashSet<>()).add(slot);
                } else {
                    reasons.computeIfAbsent(MissedSlotReason.classify(schedule, commune, slot), r -> new TreeSet<>())
                            .add(slot.date().getDayOfWeek());
                }
            }
        }
        if (reasons.isEmpty() && daysOff.isEmpty()) {
            return "aucun lieu ouvert sur la période";
        }
        List<String> parts = new ArrayList<>(daysOffInFrench(daysOff));
        reasons.forEach((reason, days) -> parts.add(reason.inFrench(days)));
        return String.join(" ; ", parts);
    }

    /**
     * « jour férié le vendredi 25 décembre (Noël) et le vendredi 1 janvier (jour de l'an) » ; a school holiday names
     * its first and last day only: « vacances scolaires (Vacances de Noël) du lundi 21 décembre au jeudi 31 décembre ».
     */
    private static List<String> daysOffInFrench(Map<DayOff, Set<Slot>> daysOff) {
        Map<DayOffKind, List<DayOff>> byKind = new EnumMap<>(DayOffKind.class);
        daysOff.keySet().stream().sorted(Comparator.comparing(DayOff::date))
                .forEach(off -> byKind.computeIfAbsent(off.kind(), k -> new ArrayList<>()).add(off));
        List<String> result = new ArrayList<>();
        byKind.forEach((kind, offs) -> {
            if (kind == DayOffKind.SCHOOL_HOLIDAY) {
                Map<String, List<DayOff>> byLabel = offs.stream()
                        .collect(Collectors.groupingBy(DayOff::label, LinkedHashMap::new, Collectors.toList()));
                byLabel.forEach((label, days) -> result.add(days.get(0).inFrench() + (days.size() == 1
                        ? " le " + FrenchText.day(days.get(0).date())
                        : " du " + FrenchText.day(days.get(0).date()) + " au "
                                + FrenchText.day(days.get(days.size() - 1).date()))));
            } else {
                result.add(kind.french() + " " + FrenchText.list(offs.stream()
                        .map(off -> "le " + FrenchText.day(off.date())
                                + (off.halfDay() == null ? "" : " " + off.halfDay().french())
                                + (off.label().isBlank() ? "" : " (" + off.label() + ")"))
                        .distinct().toList()));
            }
        });
        return result;
    }

    private static List<PermanenceExplanation> permanences(PermanenceSchedule schedule,
                                                           List<PlanJustification> problems) {
        Map<Long, List<Seat>> seats = schedule.seatsByPermanence();
        Map<String, String> communeNames = schedule.getCommunes().stream()
                .collect(Collectors.toMap(CommuneQuota::insee, CommuneQuota::name, (a, b) -> a));
        List<PermanenceExplanation> result = new ArrayList<>();
        for (Permanence permanence : schedule.heldPermanences()) {
            List<String> people = seats.getOrDefault(permanence.getId(), List.of()).stream()
                    .map(Seat::getStaff).filter(Objects::nonNull).map(Worker::label).toList();
            String sentence = capitalize(FrenchText.slot(permanence.getSlot())) + " : "
                    + communeNames.getOrDefault(permanence.communeInsee(), permanence.communeInsee()) + ", "
                    + permanence.getPlace().name() + " — "
                    + (permanence.isMobile() ? permanence.getVan().label() : "permanence fixe")
                    + (people.isEmpty() ? ", personne" : ", " + FrenchText.list(people))
                    + (permanence.isPinned() ? " (épinglée)" : "");
            List<String> issues = new ArrayList<>(problems.stream()
                    .filter(j -> j.permanences().stream().anyMatch(r -> r.permanenceId() == permanence.getId()))
                    .map(PlanJustification::inFrench).distinct().toList());
            String unreachable = unreachable(schedule, permanence.getPlace());
            if (unreachable != null) {
                issues.add(unreachable);
            }
            result.add(new PermanenceExplanation(permanence.getId(), permanence.getSlot(), sentence, issues));
        }
        return result;
    }

    /**
     * A place the travel-time provider could not reach by car (off the road network, or cut off from the other
     * places): its trips count as a whole day, so say so rather than let a van be sent there without a word.
     */
    private static String unreachable(PermanenceSchedule schedule, CandidatePlace place) {
        if (schedule.getRules() == null) {
            return null;
        }
        String reason = schedule.getRules().travel().unreachablePlaces().get(place.id());
        return reason == null ? null : place.name() + " injoignable en voiture (" + reason
                + ") : ses trajets comptent pour " + PlaceTravel.UNREACHABLE_MINUTES / 60 + " h";
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
