package fr.allervers.permanence.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Worker;

/**
 * Gives several permanences a new place and several seats a new person in one step (a null place: not held). Built
 * by {@link SeriesMoveIteratorFactory} to move or exchange whole weekly series, which single changes can only do by
 * passing through plans that break the regularity of the weekly slot or of the team.
 */
public final class SeriesMove extends AbstractMove<PermanenceSchedule> {

    static final String PLACE = "place";
    static final String STAFF = "staff";

    private final List<Permanence> permanences;
    private final List<CandidatePlace> newPlaces;
    private final List<Seat> seats;
    private final List<Worker> newStaff;

    /**
     * @param newPlaces the new place of each permanence, in the same order (null: not held)
     * @param newStaff  the new person of each seat, in the same order
     */
    public SeriesMove(List<Permanence> permanences, List<CandidatePlace> newPlaces, List<Seat> seats,
            List<Worker> newStaff) {
        if (permanences.size() != newPlaces.size() || seats.size() != newStaff.size()) {
            throw new IllegalArgumentException("One new value per permanence and per seat is required");
        }
        this.permanences = List.copyOf(permanences);
        // Null values are allowed: List.copyOf refuses them.
        this.newPlaces = new ArrayList<>(newPlaces);
        this.seats = List.copyOf(seats);
        this.newStaff = new ArrayList<>(newStaff);
    }

    /** Doable when something changes and every new value is in its entity's value range. */
    @Override
    public boolean isMoveDoable(ScoreDirector<PermanenceSchedule> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < permanences.size(); i++) {
            Permanence permanence = permanences.get(i);
            CandidatePlace place = newPlaces.get(i);
            if (permanence.isPinned() || place != null && !permanence.getCandidatePlaces().contains(place)) {
                return false;
            }
            changes |= !Objects.equals(permanence.getPlace(), place);
        }
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            Worker staff = newStaff.get(i);
            if (seat.isPinned() || staff != null && !seat.getCandidateStaff().contains(staff)) {
                return false;
            }
            changes |= !Objects.equals(seat.getStaff(), staff);
        }
        return changes;
    }

    @Override
    protected SeriesMove createUndoMove(ScoreDirector<PermanenceSchedule> scoreDirector) {
        return new SeriesMove(permanences, permanences.stream().map(Permanence::getPlace).toList(),
                seats, seats.stream().map(Seat::getStaff).toList());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PermanenceSchedule> scoreDirector) {
        for (int i = 0; i < permanences.size(); i++) {
            Permanence permanence = permanences.get(i);
            CandidatePlace place = newPlaces.get(i);
            if (!Objects.equals(permanence.getPlace(), place)) {
                scoreDirector.beforeVariableChanged(permanence, PLACE);
                permanence.setPlace(place);
                scoreDirector.afterVariableChanged(permanence, PLACE);
            }
        }
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            Worker staff = newStaff.get(i);
            if (!Objects.equals(seat.getStaff(), staff)) {
                scoreDirector.beforeVariableChanged(seat, STAFF);
                seat.setStaff(staff);
                scoreDirector.afterVariableChanged(seat, STAFF);
            }
        }
    }

    @Override
    public SeriesMove rebase(ScoreDirector<PermanenceSchedule> destination) {
        List<CandidatePlace> places = new ArrayList<>(newPlaces.size());
        newPlaces.forEach(place -> places.add(place == null ? null : destination.lookUpWorkingObject(place)));
        List<Worker> staff = new ArrayList<>(newStaff.size());
        newStaff.forEach(worker -> staff.add(worker == null ? null : destination.lookUpWorkingObject(worker)));
        return new SeriesMove(rebaseList(permanences, destination), places, rebaseList(seats, destination), staff);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SeriesMove(" + Permanence.class.getSimpleName() + "." + PLACE + ", " + Seat.class.getSimpleName()
                + "." + STAFF + ")";
    }

    @Override
    public List<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(permanences);
        entities.addAll(seats);
        return entities;
    }

    @Override
    public Set<Object> getPlanningValues() {
        Set<Object> values = new LinkedHashSet<>();
        newPlaces.stream().filter(Objects::nonNull).forEach(values::add);
        newStaff.stream().filter(Objects::nonNull).forEach(values::add);
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesMove move && permanences.equals(move.permanences)
                && newPlaces.equals(move.newPlaces) && seats.equals(move.seats) && newStaff.equals(move.newStaff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(permanences, newPlaces, seats, newStaff);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Series{");
        for (int i = 0; i < permanences.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(permanences.get(i).getId()).append("->").append(newPlaces.get(i));
        }
        for (int i = 0; i < seats.size(); i++) {
            text.append(", seat ").append(seats.get(i).getId()).append("->").append(newStaff.get(i));
        }
        return text.append('}').toString();
    }
}
