package fr.allervers.maraude.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

import fr.allervers.routing.TravelMode;

/**
 * A field team (or one vehicle of the benchmark) and the ordered visits of its round.
 *
 * <p>OptaPlanner 10's list variable must hold every value, so visits that no round takes sit in one extra
 * "left out" team ({@link #leftOutList()}) that never travels. Constraints read its content as unassigned visits.
 */
@PlanningEntity
public class Team implements LocationAware {

    public static final String LEFT_OUT_ID = "__left_out__";

    @PlanningId
    private String id;
    private String name;
    private TravelMode mode;
    private long shiftStart;
    private long shiftEnd;
    private Location base;
    private Set<String> skills;
    /** Goods the team can carry (blankets, food kits); null when it does not matter. */
    private Integer capacity;
    private boolean leftOut;

    @PlanningListVariable(valueRangeProviderRefs = RoundSolution.VISIT_RANGE)
    private List<Visit> visits = new ArrayList<>();

    protected Team() {
        // for OptaPlanner's solution cloner
    }

    public Team(String id, String name, TravelMode mode, long shiftStart, long shiftEnd, Location base,
            Set<String> skills, Integer capacity) {
        if (shiftEnd < shiftStart) {
            throw new IllegalArgumentException("Shift of " + name + " ends before it starts");
        }
        this.id = id;
        this.name = name;
        this.mode = mode;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.base = base;
        this.skills = Set.copyOf(skills);
        this.capacity = capacity;
    }

    /** The pseudo-team that holds visits left out of every round. */
    public static Team leftOutList() {
        Team team = new Team(LEFT_OUT_ID, "Non planifiées", TravelMode.FOOT, 0, 0, null, Set.of(), null);
        team.leftOut = true;
        return team;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public TravelMode getMode() {
        return mode;
    }

    public long getShiftStart() {
        return shiftStart;
    }

    public long getShiftEnd() {
        return shiftEnd;
    }

    @Override
    public Location getLocation() {
        return base;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean hasCapacityLimit() {
        return capacity != null && !leftOut;
    }

    public boolean isLeftOut() {
        return leftOut;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return name;
    }
}
