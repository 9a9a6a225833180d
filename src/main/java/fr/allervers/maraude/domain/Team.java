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
    /** Index of the team's day in the plan (0 for the first day). */
    private int day;
    /** Null when the team takes no break on the round (its shift does not span the lunch window). */
    private LunchBreak lunch;
    /** Null when the team's walk is not limited (vehicles, or no limit set). */
    private Long maxDistanceMetres;
    /** Null when the round's length is limited by the shift only. */
    private Long maxWorkingSeconds;
    /** Soft points per squared minute of busy time; 0 when workloads are not balanced. */
    private long balanceWeight;

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

    /**
     * A team with the humane rules of its day; the other constructor gives a team without them (the benchmark).
     *
     * @param lunch the day's break, or null
     * @param maxDistanceMetres the longest walk, or null
     * @param maxWorkingSeconds the longest round, break excluded, or null
     * @param balanceWeight soft points per squared minute of busy time, 0 for none
     */
    public Team(String id, String name, TravelMode mode, long shiftStart, long shiftEnd, Location base,
            Set<String> skills, Integer capacity, int day, LunchBreak lunch, Long maxDistanceMetres,
            Long maxWorkingSeconds, long balanceWeight) {
        this(id, name, mode, shiftStart, shiftEnd, base, skills, capacity);
        this.day = day;
        this.lunch = lunch;
        this.maxDistanceMetres = maxDistanceMetres;
        this.maxWorkingSeconds = maxWorkingSeconds;
        this.balanceWeight = balanceWeight;
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

    public int getDay() {
        return day;
    }

    public LunchBreak getLunch() {
        return lunch;
    }

    public boolean hasLunch() {
        return lunch != null && !leftOut;
    }

    public Long getMaxDistanceMetres() {
        return maxDistanceMetres;
    }

    public boolean hasDistanceLimit() {
        return maxDistanceMetres != null && !leftOut;
    }

    public Long getMaxWorkingSeconds() {
        return maxWorkingSeconds;
    }

    public boolean hasWorkingTimeLimit() {
        return maxWorkingSeconds != null && !leftOut;
    }

    public long getBalanceWeight() {
        return balanceWeight;
    }

    public boolean isBalanced() {
        return balanceWeight > 0 && !leftOut;
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
