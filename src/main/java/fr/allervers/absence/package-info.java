/**
 * Absences of staff (sick leave, training, holidays) and unavailability of vans (breakdown, servicing), as date
 * ranges with an optional half-day at each end. Entry points: {@code AbsenceController} (the API) and
 * {@link fr.allervers.absence.Absences} (what planning reads).
 */
package fr.allervers.absence;
