package fr.allervers.maraude.plan;

import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.LineString;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One team's round on one day: from its base through its stops and back. The route is the road path when the
 * service routes on roads, else straight legs between the stops.
 */
@Entity
public class MaraudeRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private MaraudePlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private MaraudeTeam team;

    private int dayIndex;

    private long backAtBase;

    private double distanceMetres;

    private LineString route;

    /** The lunch break taken on the round (seconds from midnight of the first day), or null. */
    private Long lunchStart;

    private Long lunchEnd;

    /** How many stops are made before the break. */
    private Integer lunchAfterStops;

    protected MaraudeRound() {
    }

    MaraudeRound(MaraudePlan plan, MaraudeTeam team, int dayIndex, long backAtBase, double distanceMetres,
            LineString route) {
        this.plan = plan;
        this.team = team;
        this.dayIndex = dayIndex;
        this.backAtBase = backAtBase;
        this.distanceMetres = distanceMetres;
        this.route = route;
    }

    /** The plan's visits on this round, in visiting order. */
    public List<MaraudeVisit> stops() {
        return plan.getVisits().stream().filter(v -> v.getRound() == this)
                .sorted(Comparator.comparingInt(MaraudeVisit::getStopOrder)).toList();
    }

    public Long getId() {
        return id;
    }

    public MaraudePlan getPlan() {
        return plan;
    }

    public MaraudeTeam getTeam() {
        return team;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public long getBackAtBase() {
        return backAtBase;
    }

    void lunch(long start, long end, int afterStops) {
        this.lunchStart = start;
        this.lunchEnd = end;
        this.lunchAfterStops = afterStops;
    }

    public Long getLunchStart() {
        return lunchStart;
    }

    public Long getLunchEnd() {
        return lunchEnd;
    }

    public Integer getLunchAfterStops() {
        return lunchAfterStops;
    }

    public double getDistanceMetres() {
        return distanceMetres;
    }

    public LineString getRoute() {
        return route;
    }
}
