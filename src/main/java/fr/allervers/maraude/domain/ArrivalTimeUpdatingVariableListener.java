package fr.allervers.maraude.domain;

import java.util.Objects;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Recomputes arrival times from the changed visit to the end of its round, stopping as soon as a visit's arrival
 * does not change (everything after it is then unchanged too). Visits left out get no arrival time.
 */
public class ArrivalTimeUpdatingVariableListener implements VariableListener<RoundSolution, Visit> {

    private static final String ARRIVAL_TIME = "arrivalTime";

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
        Visit current = visit;
        Long arrival = departure + current.travelTimeFromPrevious();
        while (current != null && !Objects.equals(current.getArrivalTime(), arrival)) {
            set(scoreDirector, current, arrival);
            departure = current.getDepartureTime();
            current = current.getNextVisit();
            arrival = current == null ? null : departure + current.travelTimeFromPrevious();
        }
    }

    private static void set(ScoreDirector<RoundSolution> scoreDirector, Visit visit, Long arrival) {
        if (Objects.equals(visit.getArrivalTime(), arrival)) {
            return;
        }
        scoreDirector.beforeVariableChanged(visit, ARRIVAL_TIME);
        visit.setArrivalTime(arrival);
        scoreDirector.afterVariableChanged(visit, ARRIVAL_TIME);
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
