package fr.allervers.maraude.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * A place to visit on a round: a 115 hotel, a day centre, a camp, a street spot.
 *
 * <p>Times are in the problem's unit (seconds from the start of the planning day for rounds). The team may arrive
 * early and wait until a window opens; arriving after the last window has closed is late.
 */
@PlanningEntity
public class Visit implements LocationAware {

    @PlanningId
    private String id;
    private String name;
    private VisitKind kind;
    private Location location;
    private long serviceDuration;
    private List<TimeWindow> windows;
    private Set<String> requiredSkills;
    private int demand;
    /** From the demand score: how much it matters to go there today if the visit is optional. */
    private int priority;
    private boolean mandatory;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private Team team;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previousVisit;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit nextVisit;
    @ShadowVariable(variableListenerClass = ArrivalTimeUpdatingVariableListener.class, sourceVariableName = "team")
    @ShadowVariable(variableListenerClass = ArrivalTimeUpdatingVariableListener.class,
            sourceVariableName = "previousVisit")
    private Long arrivalTime;

    protected Visit() {
        // for OptaPlanner's solution cloner
    }

    public Visit(String id, String name, VisitKind kind, Location location, long serviceDuration,
            List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority, boolean mandatory) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.serviceDuration = serviceDuration;
        List<TimeWindow> sorted = new ArrayList<>(windows);
        Collections.sort(sorted);
        this.windows = List.copyOf(sorted);
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.demand = demand;
        this.priority = priority;
        this.mandatory = mandatory;
    }

    /** When service would start if the team arrived at {@code arrival}: the next open window, or now if late. */
    public long serviceStartFor(long arrival) {
        for (TimeWindow window : windows) {
            if (arrival <= window.end()) {
                return Math.max(arrival, window.start());
            }
        }
        return arrival;
    }

    /** Whether arriving at {@code arrival} is within, or before, one of the windows. */
    public boolean isOnTimeAt(long arrival) {
        return windows.isEmpty() || arrival <= windows.get(windows.size() - 1).end();
    }

    /** How long after the last window closed the team arrives; 0 when on time or not on a round. */
    public long lateness() {
        if (arrivalTime == null || windows.isEmpty()) {
            return 0;
        }
        return Math.max(0, arrivalTime - windows.get(windows.size() - 1).end());
    }

    public Long getServiceStart() {
        return arrivalTime == null ? null : serviceStartFor(arrivalTime);
    }

    public Long getDepartureTime() {
        return arrivalTime == null ? null : serviceStartFor(arrivalTime) + serviceDuration;
    }

    public boolean isOnRound() {
        return team != null && !team.isLeftOut();
    }

    public boolean isLeftOut() {
        return team != null && team.isLeftOut();
    }

    /** Travel from the previous stop, or from the team's base for the first stop. */
    public long travelTimeFromPrevious() {
        Location from = previousVisit == null ? team.getLocation() : previousVisit.getLocation();
        return from.timeTo(location, team.getMode());
    }

    public long travelTimeToBase() {
        return location.timeTo(team.getLocation(), team.getMode());
    }

    /** A plain loop: this runs for every visit touched by every move, where streams showed up in profiles. */
    public int missingSkillCount() {
        if (requiredSkills.isEmpty()) {
            return 0;
        }
        int missing = 0;
        for (String skill : requiredSkills) {
            if (!team.getSkills().contains(skill)) {
                missing++;
            }
        }
        return missing;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public VisitKind getKind() {
        return kind;
    }

    @Override
    public Location getLocation() {
        return location;
    }

    public long getServiceDuration() {
        return serviceDuration;
    }

    public List<TimeWindow> getWindows() {
        return windows;
    }

    public Set<String> getRequiredSkills() {
        return requiredSkills;
    }

    public int getDemand() {
        return demand;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Visit getPreviousVisit() {
        return previousVisit;
    }

    public void setPreviousVisit(Visit previousVisit) {
        this.previousVisit = previousVisit;
    }

    public Visit getNextVisit() {
        return nextVisit;
    }

    public void setNextVisit(Visit nextVisit) {
        this.nextVisit = nextVisit;
    }

    public Long getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(Long arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    @Override
    public String toString() {
        return name;
    }
}
