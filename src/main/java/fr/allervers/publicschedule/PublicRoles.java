package fr.allervers.publicschedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.allervers.territory.StaffRole;

/**
 * Who the public will meet, by profession and never by name: « un travailleur social et un conseiller en insertion
 * professionnelle ». The staff list holds no gender, so the French names the profession in the usual generic form.
 */
final class PublicRoles {

    private record Words(String one, String many) {
    }

    private static final Map<StaffRole, Words> WORDS = new EnumMap<>(Map.of(
            StaffRole.SOCIAL_WORKER, new Words("un travailleur social", "travailleurs sociaux"),
            StaffRole.EMPLOYMENT_COUNSELLOR, new Words("un conseiller en insertion professionnelle",
                    "conseillers en insertion professionnelle"),
            StaffRole.PSYCHOLOGIST, new Words("un psychologue", "psychologues"),
            StaffRole.MEDIATOR, new Words("un médiateur", "médiateurs")));

    private static final String[] NUMBERS = {"", "un", "deux", "trois", "quatre", "cinq"};

    private PublicRoles() {
    }

    /** The professions present, in a fixed order, e.g. « deux travailleurs sociaux et un psychologue »; "" if none. */
    static String sentence(Collection<StaffRole> roles) {
        Map<StaffRole, Integer> counts = new EnumMap<>(StaffRole.class);
        roles.forEach(role -> counts.merge(role, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((role, n) -> parts.add(n == 1 ? WORDS.get(role).one()
                : (n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n)) + " " + WORDS.get(role).many()));
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
    }
}
