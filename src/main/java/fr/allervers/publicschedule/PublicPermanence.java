package fr.allervers.publicschedule;

import java.time.LocalDate;
import java.time.LocalTime;

import java.util.Set;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.territory.StaffRole;

/**
 * One permanence as the public reads it: a day, hours, a place and its commune, who will be there by profession.
 *
 * @param placeDescription the kind of place, e.g. « marché », « centre social »
 * @param movedTo          for a moved permanence, the place that holds that half-day now; null otherwise
 * @param roles            the professions present, « un travailleur social et … »; empty when not held
 * @param professions      the same as values, for the data·inclusion thematiques
 */
record PublicPermanence(LocalDate date, DayPart halfDay, LocalTime start, LocalTime end, String communeInsee,
                        String communeName, long placeId, String placeName, String placeDescription, double lon,
                        double lat, PublicStatus status, String movedTo, String roles, Set<StaffRole> professions) {

    boolean held() {
        return status == PublicStatus.PLANNED;
    }
}
