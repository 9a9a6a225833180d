package fr.allervers.coverage;

import java.time.YearMonth;
import java.util.List;

/**
 * What a funder sees of a territory for a month: aggregates only, no place, hotel or encounter location.
 *
 * @param communes one line per commune of the territory: permanences held (before today), planned (from today)
 *                 and the monthly target
 * @param qpv      each QPV of the territory and whether a permanence of the month is held near it
 */
public record CoverageReport(long territoryId, String territory, YearMonth month, List<CommuneCoverage> communes,
                             List<QpvCoverage> qpv, Indicators indicators) {

    public record CommuneCoverage(String insee, String name, int held, int planned, int target) {

        boolean onTarget() {
            return held + planned >= target;
        }
    }

    public record QpvCoverage(String code, String name, int permanencesNearby, boolean covered) {
    }

    /**
     * @param hotelsVisitedLast30Days the territory's hotels a team checked off as visited in the last 30 days
     */
    public record Indicators(int communes, int communesOnTarget, int permanences, int qpv, int qpvCovered,
                             double qpvCoveredShare, int hotels, int hotelsVisitedLast30Days) {
    }
}
