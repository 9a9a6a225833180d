package fr.allervers.maraude.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import fr.allervers.maraude.domain.RoundSolution;
import fr.allervers.maraude.domain.Team;
import fr.allervers.maraude.domain.Visit;

/**
 * One ruin-and-recreate step as a single move: the new visit lists of the rounds it touches, computed beforehand by
 * {@link RuinAndRecreate} from the current plan, applied as a series of OptaPlanner's own list change moves. Its
 * undo move is the same kind of move holding the lists as they were just before.
 *
 * <p>A first version replaced each changed range of a list in one notification; it passed FULL_ASSERT on small
 * days but left the score slightly off after some steps on Solomon instances, so it now reuses the built-in
 * elementary move whose notifications OptaPlanner itself relies on.
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
     * Builds each target list from its front with OptaPlanner's own elementary list change moves (each one notifies
     * the score director exactly as the built-in moves do): for each position, the visit that belongs there is
     * taken from wherever it is now among the touched teams. Visits pushed right are moved out when their own
     * team's turn comes, so in the end every touched list equals its target.
     */
    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoundSolution> scoreDirector) {
        ListVariableDescriptor<RoundSolution> descriptor = ((InnerScoreDirector<RoundSolution, ?>) scoreDirector)
                .getSolutionDescriptor().getListVariableDescriptors().get(0);
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            List<Visit> target = newLists.get(t);
            for (int position = 0; position < target.size(); position++) {
                Visit visit = target.get(position);
                List<Visit> list = team.getVisits();
                if (position < list.size() && list.get(position) == visit) {
                    continue;
                }
                Team source = null;
                int index = -1;
                for (Team candidate : teams) {
                    index = candidate.getVisits().indexOf(visit);
                    if (index >= 0) {
                        source = candidate;
                        break;
                    }
                }
                if (source == null) {
                    throw new IllegalStateException("Visit " + visit + " is on none of the teams of " + this);
                }
                new ListChangeMove<>(descriptor, source, index, team, position).doMoveOnly(scoreDirector);
            }
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
