package fr.allervers.permanence.plan;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.allervers.permanence.plan.PlanViews.ChangeView;
import fr.allervers.permanence.plan.PlanViews.PermanenceSnapshot;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.permanence.plan.PlanViews.PersonView;

/**
 * The differences between two versions of a plan, permanence by permanence. Permanences get new ids at each solve,
 * so they are matched by what they are: first the same van (or fixed team), day, half-day and place; then, among
 * the rest, the same van and place on another day (moved in time), then the same van, day and half-day at another
 * place (moved in space); what is left was removed or added.
 */
final class PlanChanges {

    static final String MOVED = "MOVED";
    static final String ADDED = "ADDED";
    static final String REMOVED = "REMOVED";
    static final String CANCELLED = "CANCELLED";
    static final String RESTORED = "RESTORED";
    static final String STAFF_CHANGED = "STAFF_CHANGED";

    private static final Map<String, String> LABELS = Map.of(MOVED, "déplacée", ADDED, "ajoutée", REMOVED,
            "supprimée", CANCELLED, "annulée", RESTORED, "rétablie", STAFF_CHANGED, "binôme modifié");

    private PlanChanges() {
    }

    static String label(String kind) {
        return LABELS.get(kind);
    }

    static List<ChangeView> between(List<PermanenceView> before, List<PermanenceView> after) {
        List<PermanenceView> oldLeft = new ArrayList<>(before);
        List<PermanenceView> newLeft = new ArrayList<>(after);
        List<ChangeView> changes = new ArrayList<>();
        pair(oldLeft, newLeft, (a, b) -> sameLane(a, b) && a.placeId() == b.placeId(), false)
                .forEach(pair -> same(pair[0], pair[1], changes));
        pair(oldLeft, newLeft, (a, b) -> Objects.equals(a.vanId(), b.vanId()) && a.placeId() == b.placeId()
                && (a.vanId() != null || sharesStaff(a, b)), true)
                .forEach(pair -> changes.add(change(MOVED, pair[0], pair[1])));
        pair(oldLeft, newLeft, (a, b) -> sameLane(a, b) && (a.vanId() != null || sharesStaff(a, b)), false)
                .forEach(pair -> changes.add(change(MOVED, pair[0], pair[1])));
        oldLeft.stream().filter(p -> !p.cancelled()).forEach(p -> changes.add(change(REMOVED, p, null)));
        newLeft.forEach(p -> changes.add(change(p.cancelled() ? CANCELLED : ADDED, null, p)));
        changes.sort(Comparator.comparing((ChangeView c) -> (c.after() != null ? c.after() : c.before()).date())
                .thenComparing(c -> (c.after() != null ? c.after() : c.before()).halfDay()));
        return changes;
    }

    /** Everyone a list of changes touches, sorted by name. */
    static List<PersonView> people(List<ChangeView> changes) {
        Map<Long, PersonView> people = new LinkedHashMap<>();
        changes.forEach(c -> c.affected().forEach(p -> people.putIfAbsent(p.id(), p)));
        return people.values().stream().sorted(Comparator.comparing(PersonView::label)).toList();
    }

    private static void same(PermanenceView a, PermanenceView b, List<ChangeView> changes) {
        if (!a.cancelled() && b.cancelled()) {
            changes.add(change(CANCELLED, a, b));
        } else if (a.cancelled() && !b.cancelled()) {
            changes.add(change(RESTORED, a, b));
        } else if (!a.cancelled() && !staffIds(a).equals(staffIds(b))) {
            changes.add(change(STAFF_CHANGED, a, b));
        }
    }

    /** Takes out of both lists the pairs that match, the closest in time first when {@code nearest}. */
    private static List<PermanenceView[]> pair(List<PermanenceView> olds, List<PermanenceView> news,
            BiPredicate<PermanenceView, PermanenceView> matches, boolean nearest) {
        List<PermanenceView[]> pairs = new ArrayList<>();
        for (PermanenceView old : List.copyOf(olds)) {
            news.stream().filter(n -> matches.test(old, n))
                    .min(Comparator.comparingLong(n -> nearest ? Math.abs(ChronoUnit.DAYS.between(old.date(),
                            n.date())) : 0))
                    .ifPresent(n -> {
                        pairs.add(new PermanenceView[] {old, n});
                        olds.remove(old);
                        news.remove(n);
                    });
        }
        return pairs;
    }

    private static boolean sameLane(PermanenceView a, PermanenceView b) {
        return a.date().equals(b.date()) && a.halfDay() == b.halfDay() && Objects.equals(a.vanId(), b.vanId());
    }

    private static boolean sharesStaff(PermanenceView a, PermanenceView b) {
        Set<Long> common = new HashSet<>(staffIds(a));
        common.retainAll(staffIds(b));
        return !common.isEmpty();
    }

    private static Set<Long> staffIds(PermanenceView p) {
        return p.staff().stream().map(PlanViews.StaffView::id).collect(Collectors.toSet());
    }

    private static ChangeView change(String kind, PermanenceView before, PermanenceView after) {
        List<PersonView> beforePeople = before == null ? List.of() : people(before);
        List<PersonView> afterPeople = after == null ? List.of() : people(after);
        List<PersonView> in = afterPeople.stream().filter(p -> !beforePeople.contains(p)).toList();
        List<PersonView> out = beforePeople.stream().filter(p -> !afterPeople.contains(p)).toList();
        if (kind.equals(ADDED) || kind.equals(REMOVED)) {
            in = List.of();
            out = List.of();
        }
        List<PersonView> affected = Stream.concat(beforePeople.stream(), afterPeople.stream()).distinct().toList();
        return new ChangeView(kind, label(kind), snapshot(before), snapshot(after), summary(kind, before, after, in,
                out), in, out, affected);
    }

    private static List<PersonView> people(PermanenceView p) {
        return p.staff().stream().map(s -> new PersonView(s.id(), s.label())).toList();
    }

    static PermanenceSnapshot snapshot(PermanenceView p) {
        return p == null ? null : new PermanenceSnapshot(p.id(), p.date(), p.halfDay(), p.halfDay().french(),
                p.placeId(), p.placeName(), p.communeName(), p.vanId(), p.vanLabel(), people(p), p.status());
    }

    private static String summary(String kind, PermanenceView before, PermanenceView after, List<PersonView> in,
            List<PersonView> out) {
        return switch (kind) {
            case MOVED -> "Permanence déplacée : " + where(before) + " le " + when(before) + " → "
                    + (before.placeId() == after.placeId() ? "" : where(after) + " ") + "le " + when(after)
                    + staffChange(in, out);
            case ADDED -> "Nouvelle permanence : " + where(after) + " le " + when(after) + names(people(after));
            case REMOVED -> "Permanence supprimée : " + where(before) + " le " + when(before);
            case CANCELLED -> "Permanence annulée (" + (after.cancellation() == null ? "annulée"
                    : after.cancellation().reasonLabel()) + ") : " + where(after) + " le " + when(after);
            case RESTORED -> "Permanence rétablie : " + where(after) + " le " + when(after);
            default -> "Binôme modifié : " + where(after) + " le " + when(after) + staffChange(in, out);
        };
    }

    private static String staffChange(List<PersonView> in, List<PersonView> out) {
        if (in.isEmpty() && out.isEmpty()) {
            return "";
        }
        return " —" + (in.isEmpty() ? "" : " arrive : " + labels(in)) + (in.isEmpty() || out.isEmpty() ? "" : " ;")
                + (out.isEmpty() ? "" : " part : " + labels(out));
    }

    private static String names(List<PersonView> people) {
        return people.isEmpty() ? "" : " (" + labels(people) + ")";
    }

    private static String labels(List<PersonView> people) {
        return people.stream().map(PersonView::label).collect(Collectors.joining(", "));
    }

    private static String where(PermanenceView p) {
        return p.communeName() + ", " + p.placeName();
    }

    private static String when(PermanenceView p) {
        return FrenchDates.slot(p.date(), p.halfDay());
    }
}
