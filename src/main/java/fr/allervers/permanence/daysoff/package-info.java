/**
 * Days without permanence: the consortium's closing days, the school holidays imported from the Ministry's calendar
 * and the consortium's choice about them. Public holidays are computed in the domain
 * ({@link fr.allervers.permanence.domain.FrenchPublicHolidays}); planning reads everything through
 * {@link fr.allervers.permanence.daysoff.DaysOff}.
 */
package fr.allervers.permanence.daysoff;
