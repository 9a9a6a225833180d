package fr.allervers.maraude.domain;

import java.util.Objects;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Recomputes arrival times, and where the lunch break falls, from the changed visit to the end of its round,
 * stopping as soon as a visit's timing does not change (everything after it is then unchanged too). Visits left out
 * get no arrival time. The break rule itself is {@link Visit#arriveAfter(long, boolean)}.
 */
public class ArrivalTimeUpdatingVariableListener implements VariableListener<RoundSolution, Visit> {

    private static final String ARRIVAL_TIME = "arrivalTime";
    private static final String LUNCH_START = "lunchStart";
    private static final String LUNCH_PENDING = "lunchPending";

    @Override
    public void beforeVariableChanged(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        // nothing to do before the change
    }

    @Override
    public void afterVariableChanged(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        if (!visit.isOnRound()) {
            set(scoreDirector, visit, null);
            return;
        }
        Visit previous = visit.getPreviousVisit();
        if (previous != null && previous.getDepartureTime() == null) {
            // The previous visit has not been timed yet in this batch of notifications; its own update cascades here.
            set(scoreDirector, visit, null);
            return;
        }
        long departure = previous == null ? visit.getTeam().getShiftStart() : previous.getDepartureTime();
        boolean pending = previous == null ? visit.getTeam().hasLunch() : Boolean.TRUE.equals(previous.getLunchPending());
        Visit current = visit;
        while (current != null) {
            Visit.Arrival arrival = current.arriveAfter(departure, pending);
            if (!set(scoreDirector, current, arrival)) {
                break;
            }
            departure = current.getDepartureTime();
            pending = arrival.lunchPending();
            current = current.getNextVisit();
        }
    }

    /** @return whether anything changed (when nothing did, nothing after this visit changes either) */
    private static boolean set(ScoreDirector<RoundSolution> scoreDirector, Visit visit, Visit.Arrival arrival) {
        Long ready = arrival == null ? null : arrival.ready();
        Long lunchStart = arrival == null ? null : arrival.lunchStart();
        Boolean pending = arrival == null ? null : arrival.lunchPending();
        if (Objects.equals(visit.getArrivalTime(), ready) && Objects.equals(visit.getLunchStart(), lunchStart)
                && Objects.equals(visit.getLunchPending(), pending)) {
            return false;
        }
        scoreDirector.beforeVariableChanged(visit, ARRIVAL_TIME);
        scoreDirector.beforeVariableChanged(visit, LUNCH_START);
        scoreDirector.beforeVariableChanged(visit, LUNCH_PENDING);
        visit.setArrivalTime(ready);
        visit.setLunchStart(lunchStart);
        visit.setLunchPending(pending);
        scoreDirector.afterVariableChanged(visit, ARRIVAL_TIME);
        scoreDirector.afterVariableChanged(visit, LUNCH_START);
        scoreDirector.afterVariableChanged(visit, LUNCH_PENDING);
        return true;
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        // arrival times follow list changes only
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        // arrival times follow list changes only
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        // arrival times follow list changes only
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoundSolution> scoreDirector, Visit visit) {
        // arrival times follow list changes only
    }
}
