package fr.allervers.permanence.solver;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One match of a hard or medium rule, with what a coordinator needs to act on it: which rule (a stable code and its
 * French name), the French sentence, the permanences (solver ids), the day and the people concerned.
 *
 * @param rule         stable code, e.g. STAFF_UNAVAILABLE; a rule without a code here gets one derived from its name
 * @param severity     "hard" (the plan cannot go out as it is) or "medium" (a target missed)
 * @param date         the day concerned, or null for a rule about a month (commune targets)
 * @param communeInsee the commune concerned, or null for a rule about a person or a van only
 */
public record BrokenRule(String rule, String label, String severity, String message, List<PermanenceRef> permanences,
                         LocalDate date, String communeInsee, List<Person> people) {

    public static final String HARD = "hard";
    public static final String MEDIUM = "medium";

    /** A professional named by a rule: the solver's id is the staff id. */
    public record Person(long id, String label) {
    }

    public BrokenRule {
        permanences = List.copyOf(permanences);
        people = List.copyOf(people);
    }

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry(PermanenceConstraintProvider.VAN_CONFLICT, "VAN_CONFLICT"),
            Map.entry(PermanenceConstraintProvider.PLACE_CONFLICT, "PLACE_CONFLICT"),
            Map.entry(PermanenceConstraintProvider.STAFF_CONFLICT, "STAFF_CONFLICT"),
            Map.entry(PermanenceConstraintProvider.STAFF_UNAVAILABLE, "STAFF_UNAVAILABLE"),
            Map.entry(PermanenceConstraintProvider.VAN_UNAVAILABLE, "VAN_UNAVAILABLE"),
            Map.entry(PermanenceConstraintProvider.INCOMPLETE_PAIR, "INCOMPLETE_PAIR"),
            Map.entry(PermanenceConstraintProvider.PLACE_CLOSED, "PLACE_CLOSED"),
            Map.entry(PermanenceConstraintProvider.DAY_OFF, "DAY_OFF"),
            Map.entry(PermanenceConstraintProvider.PLACE_NOT_VAN_ACCESSIBLE, "PLACE_NOT_VAN_ACCESSIBLE"),
            Map.entry(PermanenceConstraintProvider.VAN_LUNCH_BREAK, "VAN_LUNCH_BREAK"),
            Map.entry(PermanenceConstraintProvider.STAFF_LUNCH_BREAK, "STAFF_LUNCH_BREAK"),
            Map.entry(PermanenceConstraintProvider.COMMUNE_MONTHLY_MAXIMUM, "COMMUNE_MONTHLY_MAXIMUM"),
            Map.entry(PermanenceConstraintProvider.COMMUNE_VISIT_SPACING, "COMMUNE_VISIT_SPACING"),
            Map.entry(PermanenceConstraintProvider.COMMUNE_MONTHLY_MINIMUM, "COMMUNE_MONTHLY_MINIMUM"));

    /** The stable code of a constraint; a new rule gets its French name without accents, e.g. JOUR_FERIE. */
    public static String code(String constraintName) {
        String known = CODES.get(constraintName);
        if (known != null) {
            return known;
        }
        String plain = Normalizer.normalize(constraintName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
