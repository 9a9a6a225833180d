package fr.allervers.permanence.solver;

import java.util.List;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.solver.PlanJustification.LunchBreakTooShort;

/** The morning-to-afternoon trip of one person on one day, found among that day's permanences. */
final class LunchTrips {

    private LunchTrips() {
    }

    /** The first morning/afternoon pair too far apart for the lunch break, or null. */
    static Permanence[] firstUnreachable(List<Permanence> sameDay, PlanningRules rules) {
        for (Permanence am : sameDay) {
            for (Permanence pm : sameDay) {
                if (am.getSlot().halfDay() == DayPart.AM && pm.getSlot().halfDay() == DayPart.PM
                        && !rules.reachableInLunchBreak(am.getPlace(), pm.getPlace())) {
                    return new Permanence[] {am, pm};
                }
            }
        }
        return null;
    }

    static LunchBreakTooShort justify(String who, Permanence[] trip, PlanningRules rules) {
        return new LunchBreakTooShort(who, PermanenceRef.of(trip[0]), PermanenceRef.of(trip[1]),
                rules.travel().minutes(trip[0].getPlace(), trip[1].getPlace()), rules.lunchBreakMinutes());
    }
}
