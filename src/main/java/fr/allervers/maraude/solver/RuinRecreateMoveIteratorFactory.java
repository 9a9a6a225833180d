package fr.allervers.maraude.solver;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Visit;

/**
 * Endless random ruin-and-recreate moves for local search. Each move is computed from the plan as it stands when
 * the search asks for it, so it always starts from the current plan.
 */
public class RuinRecreateMoveIteratorFactory implements MoveIteratorFactory<RoundSolution, RuinRecreateMove> {

    /** SISR's settings for 100-customer instances: 10 visits removed on average, strings of at most 10. */
    static final double AVERAGE_REMOVED = 10;
    static final int MAX_STRING_LENGTH = 10;
    static final double BLINK_RATE = 0.01;
    /** Strings are taken from the rounds of the seed's nearest visits; farther ones are never reached. */
    static final int NEIGHBOURS = 60;

    private Map<Visit, Visit[]> neighbours;
    private RoundSolution neighboursOf;

    @Override
    public void phaseStarted(ScoreDirector<RoundSolution> scoreDirector) {
        neighbours(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RoundSolution> scoreDirector) {
        neighbours = null;
        neighboursOf = null;
    }

    private Map<Visit, Visit[]> neighbours(RoundSolution solution) {
        if (neighbours == null || neighboursOf != solution) {
            neighbours = RuinAndRecreate.neighbours(solution.getVisits(), NEIGHBOURS);
            neighboursOf = solution;
        }
        return neighbours;
    }

    @Override
    public long getSize(ScoreDirector<RoundSolution> scoreDirector) {
        RoundSolution solution = scoreDirector.getWorkingSolution();
        return (long) solution.getVisits().size() * solution.getTeams().size();
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<RoundSolution> scoreDirector) {
        throw new UnsupportedOperationException("Ruin-and-recreate moves are random only (selectionOrder RANDOM)");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<RoundSolution> scoreDirector,
            Random random) {
        RoundSolution solution = scoreDirector.getWorkingSolution();
        RuinAndRecreate heuristic = new RuinAndRecreate(AVERAGE_REMOVED, MAX_STRING_LENGTH, BLINK_RATE,
                neighbours(solution));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !solution.getVisits().isEmpty();
            }

            @Override
            public RuinRecreateMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RuinRecreateMove move = heuristic.createMove(solution, random);
                // Nothing to ruin (no round at all): an empty move that is never doable keeps the iterator endless.
                return move != null ? move : new RuinRecreateMove(java.util.List.of(), java.util.List.of());
            }
        };
    }
}
