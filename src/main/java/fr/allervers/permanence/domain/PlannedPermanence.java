package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A held permanence as the rest of the application sees it: what the solver returns, and what it receives back as
 * the previous plan (for stability) or as announced permanences ({@code pinned}, never moved).
 *
 * @param vanId    null for a fixed permanence
 * @param staffIds the professionals, in any order; they are matched to the seats by role
 */
public record PlannedPermanence(LocalDate date, DayPart halfDay, Long vanId, long placeId, List<Long> staffIds,
                                boolean pinned) {

    public PlannedPermanence {
        staffIds = List.copyOf(staffIds);
    }

    public PlannedPermanence pin() {
        return new PlannedPermanence(date, halfDay, vanId, placeId, staffIds, true);
    }
}
