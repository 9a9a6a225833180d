package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.List;

import fr.allervers.permanence.targets.TargetSituation;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a funder sees of a territory for a month: aggregates only, no place, hotel or encounter location. Every
 * figure is of the month asked for.
 *
 * @param communes one line per commune of the territory: permanences held (their half-day is over), planned (not
 *                 yet held) and the monthly target, which only held permanences reach
 * @param qpv      each QPV of the territory and whether a permanence of the month was held near it
 */
public record CoverageReport(long territoryId, String territory, YearMonth month, List<CommuneCoverage> communes,
                             List<QpvCoverage> qpv, Indicators indicators) {

    /**
     * @param situation   REACHED once {@code held} reaches {@code target}; otherwise IN_PROGRESS during the month,
     *                    UPCOMING before it, MISSED after it — planned permanences never reach a target
     * @param description the same in French, with the counts (« en cours : 2 tenues, 2 prévues sur 4 »)
     */
    public record CommuneCoverage(String insee, String name,
                                  @Schema(description = "Permanences tenues : leur demi-journée est passée. — Held"
                                          + " permanences: their half-day is over.")
                                  int held,
                                  @Schema(description = "Permanences publiées pas encore tenues. — Published"
                                          + " permanences not held yet.")
                                  int planned,
                                  @Schema(description = "Minimum de permanences tenues par mois. — Minimum of held"
                                          + " permanences a month.")
                                  int target,
                                  @Schema(description = "REACHED (atteint : tenues ≥ objectif), IN_PROGRESS (mois en"
                                          + " cours), UPCOMING (à venir), MISSED (non atteint). Les prévues ne"
                                          + " comptent jamais. — Planned permanences never count.")
                                  TargetSituation situation,
                                  String description) {

        boolean onTarget() {
            return situation == TargetSituation.REACHED;
        }
    }

    /**
     * @param permanencesNearby permanences of the month within the distance, held or planned
     * @param heldNearby        those already held
     * @param covered           at least one held nearby
     */
    public record QpvCoverage(String code, String name, int permanencesNearby, int heldNearby, boolean covered) {
    }

    /**
     * @param communesOnTarget   communes whose held permanences reach their target (REACHED)
     * @param communesInProgress communes not reached yet in a month in progress
     * @param permanences        held and planned
     * @param hotelsVisited      the territory's 115 hotels a team checked off as visited in the month (up to today)
     * @param monthInProgress    true when the month has begun and is not over
     */
    public record Indicators(int communes, int communesOnTarget, int communesInProgress, int permanences,
                             int permanencesHeld, int permanencesPlanned, int qpv, int qpvCovered,
                             double qpvCoveredShare, int hotels,
                             @Schema(description = "Hôtels 115 du territoire cochés « visité » par une équipe de"
                                     + " maraude dans le mois. — The territory's 115 hotels a maraude team checked off"
                                     + " as visited in the month.")
                             int hotelsVisited,
                             boolean monthInProgress) {
    }
}
