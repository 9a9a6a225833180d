package fr.allervers.maraude.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The solver's view of one day of rounds: the teams (plus the left-out list), the visits, and the precomputed
 * travel times between their locations.
 */
@PlanningSolution
public class RoundSolution {

    public static final String VISIT_RANGE = "visitRange";

    @ProblemFactProperty
    private TravelTimeTable travelTimes;
    @PlanningEntityCollectionProperty
    private List<Team> teams;
    /**
     * Visits are list values with shadow variables. Declared as facts, not an entity collection: OptaPlanner 10.2
     * counts unassigned list values over every entity of the solution and fails when visits are entities there.
     */
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = VISIT_RANGE)
    private List<Visit> visits;
    @PlanningScore
    private HardMediumSoftLongScore score;

    protected RoundSolution() {
        // for OptaPlanner's solution cloner
    }

    /** @param teams the real teams and, last, exactly one {@link Team#leftOutList()} */
    public RoundSolution(TravelTimeTable travelTimes, List<Team> teams, List<Visit> visits) {
        if (teams.stream().filter(Team::isLeftOut).count() != 1) {
            throw new IllegalArgumentException("Exactly one left-out list is required among the teams");
        }
        this.travelTimes = travelTimes;
        this.teams = teams;
        this.visits = visits;
    }

    public TravelTimeTable getTravelTimes() {
        return travelTimes;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
