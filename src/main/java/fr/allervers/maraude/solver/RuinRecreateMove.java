package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * One ruin-and-recreate step as a single move: the new visit lists of the rounds it touches, computed beforehand by
 * {@link RuinAndRecreate} from the current plan. Applying it replaces, on each touched team, the changed middle of
 * its list (common head and tail kept) and tells the score director which range changed; the variable listeners
 * then re-time everything. Its undo move is the same kind of move holding the lists as they were just before.
 */
public final class RuinRecreateMove extends AbstractMove<RoundSolution> {

    static final String VISITS = "visits";

    private final List<Team> teams;
    private final List<List<Visit>> newLists;

    /** @param newLists the complete new visit list of each team, in the same order as {@code teams} */
    public RuinRecreateMove(List<Team> teams, List<List<Visit>> newLists) {
        if (teams.size() != newLists.size()) {
            throw new IllegalArgumentException("One new list per team is required");
        }
        this.teams = List.copyOf(teams);
        this.newLists = newLists.stream().map(List::copyOf).toList();
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoundSolution> scoreDirector) {
        for (int i = 0; i < teams.size(); i++) {
            if (!teams.get(i).getVisits().equals(newLists.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected RuinRecreateMove createUndoMove(ScoreDirector<RoundSolution> scoreDirector) {
        List<List<Visit>> current = new ArrayList<>(teams.size());
        for (Team team : teams) {
            current.add(new ArrayList<>(team.getVisits()));
        }
        return new RuinRecreateMove(teams, current);
    }

    /**
     * Every list is rewritten before the listeners run (they run at the end of the move), so a visit moving from
     * one round to another is never seen in two lists at once, whatever order the teams come in.
     */
    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoundSolution> scoreDirector) {
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            List<Visit> list = team.getVisits();
            List<Visit> target = newLists.get(i);
            int head = 0;
            int max = Math.min(list.size(), target.size());
            while (head < max && list.get(head) == target.get(head)) {
                head++;
            }
            if (head == list.size() && head == target.size()) {
                continue;
            }
            int tail = 0;
            while (tail < max - head
                    && list.get(list.size() - 1 - tail) == target.get(target.size() - 1 - tail)) {
                tail++;
            }
            int oldEnd = list.size() - tail;
            int newEnd = target.size() - tail;
            scoreDirector.beforeListVariableChanged(team, VISITS, head, oldEnd);
            list.subList(head, oldEnd).clear();
            list.addAll(head, target.subList(head, newEnd));
            scoreDirector.afterListVariableChanged(team, VISITS, head, Math.max(head, newEnd - 1));
        }
    }

    @Override
    public RuinRecreateMove rebase(ScoreDirector<RoundSolution> destinationScoreDirector) {
        return new RuinRecreateMove(rebaseList(teams, destinationScoreDirector),
                newLists.stream().map(list -> rebaseList(list, destinationScoreDirector)).toList());
    }

    /** The new visit list of the {@code index}-th team of {@link #getPlanningEntities()}. */
    List<Visit> newList(int index) {
        return newLists.get(index);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RuinRecreateMove(" + Team.class.getSimpleName() + "." + VISITS + ")";
    }

    @Override
    public List<Team> getPlanningEntities() {
        return teams;
    }

    @Override
    public Set<Visit> getPlanningValues() {
        Set<Visit> values = new LinkedHashSet<>();
        newLists.forEach(values::addAll);
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuinRecreateMove move && teams.equals(move.teams) && newLists.equals(move.newLists);
    }

    @Override
    public int hashCode() {
        return Objects.hash(teams, newLists);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RuinRecreate{");
        for (int i = 0; i < teams.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(teams.get(i)).append("=").append(newLists.get(i));
        }
        return text.append('}').toString();
    }
}
