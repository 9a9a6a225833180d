package fr.allervers.permanence.domain;

import java.time.YearMonth;

/**
 * Targets of one commune for one month of the horizon, already prorated when the horizon covers only part of the
 * month (see {@link ScheduleBuilder}). A problem fact, so that the monthly rules are simple joins.
 */
public record CommuneMonth(String insee, String communeName, YearMonth month, int minCount, int maxCount) {
}
