package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import fr.allervers.permanence.domain.DayPart;

/** The JSON shapes of the permanence plan API. */
final class PlanViews {

    private PlanViews() {
    }

    record LaunchRequest(Long territoryId, LocalDate from, LocalDate to, Integer secondsLimit, Integer fixedTeams) {
    }

    record ReplanRequest(Integer secondsLimit) {
    }

    /** A move by hand: the fields given replace the current ones. */
    record MoveRequest(Long placeId, LocalDate date, DayPart halfDay, List<Long> staff) {
    }

    record Created(long id) {
    }

    /**
     * One case of a hard or medium rule broken, named.
     *
     * @param rule         the rule's name, e.g. « Lieu fermé »
     * @param message      the case in French, with the person, place and date
     * @param severity     {@link #HARD} (the plan cannot be published) or {@link #MEDIUM} (a target missed)
     * @param permanenceId the permanence concerned, null for a commune-wide case
     * @param date         its date, null for a commune-wide case
     */
    record RuleBreach(String rule, String message, String severity, Long permanenceId, LocalDate date) {
        static final String HARD = "HARD";
        static final String MEDIUM = "MEDIUM";
    }

    /**
     * What a move by hand would do, before it is made.
     *
     * @param brokenRules every case the moved plan would break
     * @param introduced  the cases the move itself would bring in
     * @param resolved    the cases it would mend
     * @param hardRulesIntroduced whether it brings in a hard rule (the plan could no longer be published)
     */
    record MovePreview(List<RuleBreach> brokenRules, List<RuleBreach> introduced, List<RuleBreach> resolved,
                       boolean hardRulesIntroduced) {
        static MovePreview of(List<RuleBreach> before, List<RuleBreach> after) {
            List<RuleBreach> introduced = after.stream().filter(b -> !before.contains(b)).toList();
            List<RuleBreach> resolved = before.stream().filter(b -> !after.contains(b)).toList();
            return new MovePreview(after, introduced, resolved,
                    introduced.stream().anyMatch(b -> RuleBreach.HARD.equals(b.severity())));
        }
    }

    record StaffView(long id, String label, String role) {
    }

    record PermanenceView(long id, LocalDate date, DayPart halfDay, long placeId, String placeName,
                          String communeInsee, String communeName, Long vanId, String vanLabel, List<StaffView> staff,
                          boolean pinned) {
    }

    /**
     * @param score during solving, the best score so far; the permanences are those of the last checkpoint, at most
     *              a few seconds older
     */
    record PlanView(long id, long territoryId, LocalDate from, LocalDate to, int secondsLimit, int fixedTeams,
                    PlanStatus status, String score, List<String> brokenRules, String failure,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
                    List<PermanenceView> permanences) {
    }

    record PlanSummary(long id, long territoryId, LocalDate from, LocalDate to, PlanStatus status, String score,
                       int permanences, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       OffsetDateTime publishedAt) {
    }

    record CommuneExplanationView(String insee, String name, YearMonth month, int held, int min, int max,
                                  String sentence, List<String> issues) {
    }

    record PermanenceExplanationView(Long id, LocalDate date, DayPart halfDay, String sentence, List<String> issues) {
    }

    /** "Ma journée": the signed-in person's permanences of one day, morning first. */
    record MyDayView(LocalDate date, long staffId, String staffLabel, List<MyPermanenceView> permanences) {
    }

    /**
     * @param start    local time in Europe/Paris, "HH:mm"
     * @param partners the other members of the binôme
     */
    record MyPermanenceView(long planId, long permanenceId, DayPart halfDay, String halfDayLabel, String start,
                            String end, long placeId, String placeName, double lon, double lat, String communeInsee,
                            String communeName, Long vanId, String vanLabel, List<StaffView> partners,
                            boolean pinned) {
    }

    /** @param daysOff the public holidays and closing days of the horizon, e.g. « Vendredi 25 décembre : jour férié (Noël), pas de permanence » */
    record ExplanationView(long planId, String score, List<String> brokenRules, List<CommuneExplanationView> communes,
                           List<PermanenceExplanationView> permanences, List<String> daysOff) {
    }
}
