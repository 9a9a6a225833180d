package fr.allervers.maraude.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
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
    /** The place's series when it is visited several times over the plan (a hotel's frequency), else null. */
    private VisitSeries series;
    /** 1 for the first visit of the series. */
    private int occurrence;

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
    /** When the team's lunch break starts, if it takes it just before this stop (after the leg, or while waiting). */
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Long lunchStart;
    /** Whether the team still has its break to take after this stop. */
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Boolean lunchPending;

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

    /** One occurrence of a series of visits to the same place. */
    public Visit(String id, String name, VisitKind kind, Location location, long serviceDuration,
            List<TimeWindow> windows, Set<String> requiredSkills, int demand, int priority, boolean mandatory,
            VisitSeries series, int occurrence) {
        this(id, name, kind, location, serviceDuration, windows, requiredSkills, demand, priority, mandatory);
        this.series = series;
        this.occurrence = occurrence;
    }

    /** When the team reaches this stop, ready to work, and whether it takes its break on the way. */
    public record Arrival(long ready, Long lunchStart, boolean lunchPending) {
    }

    /**
     * Times this stop for a team leaving its previous place (or base) at {@code departure}. A pending break is taken
     * before this stop when it costs nothing (the team would wait for the place to open anyway) or when it cannot
     * wait any longer (leaving this stop would be past the break's latest start). It then starts as soon as the
     * team is here and the window has opened, or, if that would be too late, before the team sets off.
     */
    public Arrival arriveAfter(long departure, boolean pending) {
        long travel = travelTimeFromPrevious();
        long reached = departure + travel;
        if (!pending) {
            return new Arrival(reached, null, false);
        }
        LunchBreak lunch = team.getLunch();
        long serviceStart = serviceStartFor(reached);
        long here = Math.max(reached, lunch.from());
        boolean free = here <= lunch.latestStart() && here + lunch.duration() <= serviceStart;
        boolean mustEat = serviceStart + serviceDuration > lunch.latestStart();
        if (!free && !mustEat) {
            return new Arrival(reached, null, true);
        }
        if (here <= lunch.latestStart()) {
            return new Arrival(here + lunch.duration(), here, false);
        }
        long beforeLeaving = Math.max(departure, lunch.from());
        return new Arrival(beforeLeaving + lunch.duration() + travel, beforeLeaving, false);
    }

    /**
     * When the team is back at base after this stop, as the last one. A break still pending is taken at base if the
     * team is back in time for it (its own business then), else on the way back.
     */
    public long returnTime() {
        long departure = getDepartureTime();
        long back = departure + travelTimeToBase();
        Long lunchOnTheWay = lunchOnTheWayBack();
        return lunchOnTheWay == null ? back : lunchOnTheWay + team.getLunch().duration() + travelTimeToBase();
    }

    /** The start of a break taken after this stop on the way back to base, or null. */
    public Long lunchOnTheWayBack() {
        if (!Boolean.TRUE.equals(lunchPending) || !team.hasLunch()) {
            return null;
        }
        long departure = getDepartureTime();
        if (departure + travelTimeToBase() <= team.getLunch().latestStart()) {
            return null;
        }
        return Math.max(departure, team.getLunch().from());
    }

    /** How late the break taken just before this stop, or on the way back after it, starts; 0 when on time. */
    public long lunchLateness() {
        if (!team.hasLunch()) {
            return 0;
        }
        long late = lunchStart == null ? 0 : team.getLunch().lateness(lunchStart);
        Long back = nextVisit == null ? lunchOnTheWayBack() : null;
        return late + (back == null ? 0 : team.getLunch().lateness(back));
    }

    /** Whether the round, ending with this stop, includes the break. */
    public boolean roundIncludesLunch() {
        return team.hasLunch() && (!Boolean.TRUE.equals(lunchPending) || lunchOnTheWayBack() != null);
    }

    /** The time spent waiting here for the place to open; 0 when not on a round. */
    public long waitTime() {
        return arrivalTime == null ? 0 : getServiceStart() - arrivalTime;
    }

    /** Travel into this stop plus time on site, plus the way home after the last stop: the team's busy time. */
    public long busyTime() {
        return travelTimeFromPrevious() + serviceDuration + (nextVisit == null ? travelTimeToBase() : 0);
    }

    /** Metres from the previous stop (or base) into this one, plus the way home after the last stop. */
    public long legMetres() {
        Location from = previousVisit == null ? team.getLocation() : previousVisit.getLocation();
        long metres = from.metresTo(location, team.getMode());
        return nextVisit == null ? metres + location.metresTo(team.getLocation(), team.getMode()) : metres;
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

    public VisitSeries getSeries() {
        return series;
    }

    public int getOccurrence() {
        return occurrence;
    }

    /** The team's day index in the plan; only on a round. */
    public int day() {
        return team.getDay();
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

    public Long getLunchStart() {
        return lunchStart;
    }

    public void setLunchStart(Long lunchStart) {
        this.lunchStart = lunchStart;
    }

    public Boolean getLunchPending() {
        return lunchPending;
    }

    public void setLunchPending(Boolean lunchPending) {
        this.lunchPending = lunchPending;
    }

    @Override
    public String toString() {
        return name;
    }
}
