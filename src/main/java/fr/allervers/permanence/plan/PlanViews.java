package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.solver.BrokenRule;

/** The JSON shapes of the permanence plan API. */
final class PlanViews {

    private PlanViews() {
    }

    record LaunchRequest(Long territoryId, LocalDate from, LocalDate to, Integer secondsLimit, Integer fixedTeams) {
    }

    /**
     * @param confirm required (true) to re-plan a published plan: the re-plan is then a new draft version, and the
     *                field keeps the published one until it is published
     */
    record ReplanRequest(Integer secondsLimit, Boolean confirm) {
    }

    /** @param comment optional, at most 200 characters */
    record CancelRequest(CancellationReason reason, String comment) {
    }

    /** A move by hand: the fields given replace the current ones. */
    record MoveRequest(Long placeId, LocalDate date, DayPart halfDay, List<Long> staff) {
    }

    record Created(long id) {
    }

    record PersonView(long id, String label) {
    }

    /**
     * One case of a broken rule, e.g. rule STAFF_UNAVAILABLE, label « Professionnel indisponible », message « Awa
     * Diallo est absent·e le mardi 8 décembre (congés) : permanence de Vénissieux, place Léon-Sublet, matin ». The one
     * shape of a broken rule: in a plan, its explanation and a move preview.
     *
     * @param rule          stable code (STAFF_UNAVAILABLE, INCOMPLETE_PAIR, COMMUNE_MONTHLY_MINIMUM…)
     * @param label         the rule's French name
     * @param severity      {@link #HARD} (the plan cannot be published) or {@link #MEDIUM} (a target missed)
     * @param message       the case in French, with the person, place and date
     * @param permanenceId  the (first) permanence concerned, or null for a rule about a commune's month
     * @param permanenceIds every permanence concerned (two for a conflict)
     * @param date          the day concerned, or null
     * @param communeInsee  the commune concerned, or null
     */
    record BrokenRuleView(String rule, String label, String severity, String message, Long permanenceId,
                          List<Long> permanenceIds, LocalDate date, String communeInsee, List<PersonView> people) {
        static final String HARD = BrokenRule.HARD;
        static final String MEDIUM = BrokenRule.MEDIUM;
    }

    /** Who cancelled a permanence, when and why. */
    record CancellationView(CancellationReason reason, String reasonLabel, String comment, String cancelledBy,
                            OffsetDateTime cancelledAt) {
    }

    /**
     * What a move by hand would do, before it is made.
     *
     * @param brokenRules every case the moved plan would break
     * @param introduced  the cases the move itself would bring in
     * @param resolved    the cases it would mend
     * @param hardRulesIntroduced whether it brings in a hard rule (the plan could no longer be published)
     */
    record MovePreview(List<BrokenRuleView> brokenRules, List<BrokenRuleView> introduced,
                       List<BrokenRuleView> resolved, boolean hardRulesIntroduced) {
        static MovePreview of(List<BrokenRuleView> before, List<BrokenRuleView> after) {
            List<BrokenRuleView> introduced = after.stream().filter(b -> !before.contains(b)).toList();
            List<BrokenRuleView> resolved = before.stream().filter(b -> !after.contains(b)).toList();
            return new MovePreview(after, introduced, resolved,
                    introduced.stream().anyMatch(b -> BrokenRuleView.HARD.equals(b.severity())));
        }
    }

    record StaffView(long id, String label, String role) {
    }

    /**
     * @param status       PLANNED or CANCELLED
     * @param cancellation null unless cancelled
     */
    record PermanenceView(long id, LocalDate date, DayPart halfDay, long placeId, String placeName,
                          String communeInsee, String communeName, Long vanId, String vanLabel, List<StaffView> staff,
                          boolean pinned, String status, CancellationView cancellation) {

        static final String PLANNED = "PLANNED";
        static final String CANCELLED = "CANCELLED";

        boolean cancelled() {
            return CANCELLED.equals(status);
        }
    }

    /**
     * @param score             during solving, the best score so far; the permanences are those of the last
     *                          checkpoint, at most a few seconds older
     * @param previousVersionId the published plan this version re-plans, or null
     * @param nextVersionId     the latest newer version (a draft until published), or null
     */
    record PlanView(long id, long territoryId, LocalDate from, LocalDate to, int secondsLimit, int fixedTeams,
                    PlanStatus status, String score, List<BrokenRuleView> brokenRules, String failure,
                    OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
                    Long previousVersionId, Long nextVersionId, List<PermanenceView> permanences) {
    }

    record PlanSummary(long id, long territoryId, LocalDate from, LocalDate to, PlanStatus status, String score,
                       int permanences, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       OffsetDateTime publishedAt, Long previousVersionId) {
    }

    /** A permanence as it was or is, in a change: French-ready fields. */
    record PermanenceSnapshot(long permanenceId, LocalDate date, DayPart halfDay, String halfDayLabel, long placeId,
                              String placeName, String communeName, Long vanId, String vanLabel,
                              List<PersonView> people, String status) {
    }

    /**
     * One difference between two versions of a plan.
     *
     * @param kind         MOVED (other day, half-day or place), ADDED, REMOVED, CANCELLED, RESTORED or STAFF_CHANGED
     * @param before       null for ADDED
     * @param after        null for REMOVED
     * @param summary      the change in French, e.g. « Vénissieux, place Léon-Sublet : du mardi 8 décembre matin au
     *                     jeudi 10 décembre matin »
     * @param peopleIn     who joins the permanence (STAFF_CHANGED), empty otherwise
     * @param peopleOut    who leaves it
     * @param affected     everyone whose schedule this change touches (before and after)
     */
    record ChangeView(String kind, String kindLabel, PermanenceSnapshot before, PermanenceSnapshot after,
                      String summary, List<PersonView> peopleIn, List<PersonView> peopleOut,
                      List<PersonView> affected) {
    }

    /**
     * The differences of a plan against another version, by default the one it re-plans (or the one it replaced).
     *
     * @param againstPlanId null when the plan has no other version: every permanence is then ADDED
     * @param people        everyone whose schedule changes, sorted by name
     */
    record ChangesView(long planId, Long againstPlanId, OffsetDateTime againstPublishedAt, List<ChangeView> changes,
                       List<PersonView> people) {
    }

    /**
     * What publishing this plan changes for the field: the differences against what the field reads now for the
     * same horizon (the published version it re-plans), and who is affected, to confirm before publishing.
     */
    record PublicationPreview(long planId, boolean published, Long replacesPlanId, List<ChangeView> changes,
                              List<PersonView> people, String message) {
    }

    record CommuneExplanationView(String insee, String name, YearMonth month, int held, int min, int max,
                                  String sentence, List<String> issues) {
    }

    record PermanenceExplanationView(Long id, LocalDate date, DayPart halfDay, String sentence, List<String> issues) {
    }

    /**
     * "Ma journée": the signed-in person's permanences of one day, morning first.
     *
     * @param changes what the latest publication of the plans speaking for the day changed for this person, from
     *                that day on (only when published after {@code since}, if given)
     */
    record MyDayView(LocalDate date, long staffId, String staffLabel, List<MyPermanenceView> permanences,
                     List<MyChangeView> changes) {
    }

    /** @param publishedAt when the change was published */
    record MyChangeView(long planId, OffsetDateTime publishedAt, String kind, String kindLabel, String summary,
                        PermanenceSnapshot before, PermanenceSnapshot after) {
    }

    /**
     * @param start    local time in Europe/Paris, "HH:mm"
     * @param partners the other members of the binôme
     * @param status   PLANNED or CANCELLED (« annulée »: the permanence is not held, see cancellation)
     * @param alerts   what the coordination still has to resolve, e.g. « Vous êtes indisponible pour cette
     *                 permanence (…) : la coordination doit vous remplacer ou l'annuler. »
     */
    record MyPermanenceView(long planId, long permanenceId, DayPart halfDay, String halfDayLabel, String start,
                            String end, long placeId, String placeName, double lon, double lat, String communeInsee,
                            String communeName, Long vanId, String vanLabel, List<StaffView> partners,
                            boolean pinned, String status, CancellationView cancellation, List<String> alerts) {
    }

    /**
     * @param daysOff the public holidays and closing days of the horizon, e.g. « Vendredi 25 décembre : jour férié
     *                (Noël), pas de permanence »
     */
    record ExplanationView(long planId, String score, List<BrokenRuleView> brokenRules,
                           List<CommuneExplanationView> communes, List<PermanenceExplanationView> permanences,
                           List<String> daysOff) {
    }
}
