package fr.allervers.maraude.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import fr.allervers.maraude.domain.TimeWindow;
import fr.allervers.maraude.domain.VisitKind;

/**
 * A place to visit in a maraude plan, as asked (kind, position, windows, priority, mandatory) and, once solved,
 * where it ended up: a stop of a round with its times, or left out with the reason in French.
 */
@Entity
public class MaraudeVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private MaraudePlan plan;

    private int position;

    @Column(name = "visit_key")
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    private Long hotelId;

    private Long placeId;

    private String address;

    @Column(name = "geom")
    private Point location;

    private int serviceMinutes;

    private String windows;

    private String requiredSkills;

    private int demand;

    private int priority;

    private boolean mandatory;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private MaraudeRound round;

    private Integer stopOrder;

    private Long arrival;

    private Long serviceStart;

    private Long departure;

    private String leftOutReason;

    /** Set when the visit is one occurrence of a series across days (see {@code VisitSeries}). */
    private String seriesKey;

    private Integer occurrence;

    private Integer everyDays;

    /** What the team found at this stop, once it checked it off; null until then (or once undone). */
    @Enumerated(EnumType.STRING)
    private StopOutcome checkOutcome;

    private Instant checkedAt;

    /** The account that checked the stop off. */
    private String checkedBy;

    protected MaraudeVisit() {
    }

    MaraudeVisit(MaraudePlan plan, int position, String key, VisitDraft draft) {
        this.plan = plan;
        this.position = position;
        this.key = key;
        this.name = draft.name();
        this.kind = draft.kind();
        this.hotelId = draft.hotelId();
        this.placeId = draft.placeId();
        this.address = draft.address();
        this.location = draft.location();
        this.serviceMinutes = draft.serviceMinutes();
        this.windows = draft.windows().stream().map(w -> w.start() + "-" + w.end()).collect(Collectors.joining(" "));
        this.requiredSkills = String.join(",", new TreeSet<>(draft.requiredSkills()));
        this.demand = draft.demand();
        this.priority = draft.priority();
        this.mandatory = draft.mandatory();
        if (draft.series() != null) {
            this.seriesKey = draft.series().key();
            this.occurrence = draft.series().rank();
            this.everyDays = draft.series().everyDays();
        }
    }

    void plannedOn(MaraudeRound round, int order, long arrival, long serviceStart, long departure) {
        this.round = round;
        this.stopOrder = order;
        this.arrival = arrival;
        this.serviceStart = serviceStart;
        this.departure = departure;
        this.leftOutReason = null;
    }

    void leftOut(String reason) {
        clearOutcome();
        this.leftOutReason = reason.length() > 600 ? reason.substring(0, 599) + "…" : reason;
    }

    void checkOff(StopOutcome outcome, String by, Instant at) {
        this.checkOutcome = outcome;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    void undoCheckOff() {
        checkOff(null, null, null);
    }

    void clearOutcome() {
        undoCheckOff();
        round = null;
        stopOrder = null;
        arrival = null;
        serviceStart = null;
        departure = null;
        leftOutReason = null;
    }

    public List<TimeWindow> windows() {
        List<TimeWindow> list = new ArrayList<>();
        if (windows.isBlank()) {
            return list;
        }
        for (String window : windows.trim().split(" ")) {
            String[] bounds = window.split("-");
            list.add(new TimeWindow(Long.parseLong(bounds[0]), Long.parseLong(bounds[1])));
        }
        return list;
    }

    public boolean isLeftOut() {
        return leftOutReason != null;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public VisitKind getKind() {
        return kind;
    }

    public Long getHotelId() {
        return hotelId;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public String getAddress() {
        return address;
    }

    public Point getLocation() {
        return location;
    }

    public int getServiceMinutes() {
        return serviceMinutes;
    }

    public Set<String> getRequiredSkills() {
        return MaraudeTeam.split(requiredSkills);
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

    public String getSeriesKey() {
        return seriesKey;
    }

    public Integer getOccurrence() {
        return occurrence;
    }

    public Integer getEveryDays() {
        return everyDays;
    }

    public MaraudeRound getRound() {
        return round;
    }

    public Integer getStopOrder() {
        return stopOrder;
    }

    public Long getArrival() {
        return arrival;
    }

    public Long getServiceStart() {
        return serviceStart;
    }

    public Long getDeparture() {
        return departure;
    }

    public String getLeftOutReason() {
        return leftOutReason;
    }

    public StopOutcome getCheckOutcome() {
        return checkOutcome;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }
}
