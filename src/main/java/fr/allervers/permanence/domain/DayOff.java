package fr.allervers.permanence.domain;

import java.util.Objects;
import java.util.Set;
import java.time.LocalDate;

/**
 * A day, or one half-day, when no permanence is held: a public holiday, a closing day of the consortium, a school
 * holiday when the consortium chose to stop then. {@link ScheduleBuilder} offers no permanence on it, so no rule
 * weight can ever trade one for it.
 *
 * @param halfDay     null for the whole day, else the only half-day off (e.g. the afternoon of 24 December)
 * @param label       what the coordinator reads after the kind, e.g. « lundi de Pâques », « réveillon »
 * @param departments departments where it applies (Good Friday in Moselle and Alsace), empty for everywhere
 */
public record DayOff(LocalDate date, DayPart halfDay, DayOffKind kind, String label, Set<String> departments) {

    public DayOff {
        Objects.requireNonNull(date);
        Objects.requireNonNull(kind);
        label = label == null ? "" : label;
        departments = Set.copyOf(departments);
    }

    /** A whole day off everywhere. */
    public static DayOff wholeDay(LocalDate date, DayOffKind kind, String label) {
        return new DayOff(date, null, kind, label, Set.of());
    }

    public boolean covers(Slot slot) {
        return date.equals(slot.date()) && (halfDay == null || halfDay == slot.halfDay());
    }

    /** Whether it applies to a place in this commune (INSEE code). */
    public boolean appliesTo(String communeInsee) {
        return departments.isEmpty() || departments.contains(department(communeInsee));
    }

    public boolean appliesTo(CandidatePlace place) {
        return appliesTo(place.communeInsee());
    }

    /** « jour férié (lundi de Pâques) », « fermeture (réveillon) », « vacances scolaires (Vacances de Noël) » */
    public String inFrench() {
        return label.isBlank() ? kind.french() : kind.french() + " (" + label + ")";
    }

    /** "69" for 69123, "2A" for 2A004, "974" for 97411: overseas departments have three digits. */
    public static String department(String communeInsee) {
        if (communeInsee == null || communeInsee.length() < 3) {
            return "";
        }
        return communeInsee.startsWith("97") ? communeInsee.substring(0, 3) : communeInsee.substring(0, 2);
    }
}
