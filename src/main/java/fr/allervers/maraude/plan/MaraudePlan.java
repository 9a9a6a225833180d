package fr.allervers.maraude.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import fr.allervers.maraude.domain.RoundRules;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;

/**
 * One maraude plan of a consortium: the teams and visits asked for over one or more days, and once solved, each
 * team's rounds and the visits left out. Times are seconds from midnight of the first planned day.
 */
@Entity
public class MaraudePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    private LocalDate firstDate;

    private String dates;

    @Enumerated(EnumType.STRING)
    private MaraudePlanStatus status;

    private int secondsLimit;

    /** Lunch break, limits on foot, workload balance; null (every column null) for plans stored before them. */
    @Embedded
    private MaraudeRules rules;

    private String score;

    private Boolean feasible;

    private String failure;

    private Instant createdAt;

    private Instant solvedAt;

    /** When the coordinator published the plan to the field; null while it is a draft. */
    private Instant publishedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MaraudeTeam> teams = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MaraudeVisit> visits = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayIndex")
    private List<MaraudeRound> rounds = new ArrayList<>();

    protected MaraudePlan() {
    }

    MaraudePlan(Consortium consortium, Territory territory, List<LocalDate> dates, int secondsLimit) {
        this.consortium = consortium;
        this.territory = territory;
        this.firstDate = dates.get(0);
        this.dates = dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        this.secondsLimit = secondsLimit;
        this.status = MaraudePlanStatus.SOLVING;
        this.createdAt = Instant.now();
    }

    void applyRules(MaraudeRules rules) {
        this.rules = rules;
    }

    /** The rules the plan was asked with; none for a plan stored before they existed. */
    RoundRules roundRules() {
        return rules == null ? RoundRules.NONE : rules.toRoundRules();
    }

    void addTeam(MaraudeTeam team) {
        teams.add(team);
    }

    void addVisit(MaraudeVisit visit) {
        visits.add(visit);
    }

    /** Forgets a previous outcome, e.g. a solve interrupted half-way, before solving again. */
    void restartSolving() {
        publishedAt = null;
        visits.forEach(MaraudeVisit::clearOutcome);
        rounds.clear();
        status = MaraudePlanStatus.SOLVING;
        score = null;
        feasible = null;
        failure = null;
        solvedAt = null;
    }

    MaraudeRound addRound(MaraudeTeam team, int dayIndex, long backAtBase, double distanceMetres,
            org.locationtech.jts.geom.LineString route) {
        MaraudeRound round = new MaraudeRound(this, team, dayIndex, backAtBase, distanceMetres, route);
        rounds.add(round);
        return round;
    }

    void solved(String score, boolean feasible) {
        this.status = MaraudePlanStatus.DONE;
        this.score = score;
        this.feasible = feasible;
        this.solvedAt = Instant.now();
    }

    void failed(String reason) {
        this.status = MaraudePlanStatus.FAILED;
        this.failure = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        this.solvedAt = Instant.now();
    }

    /** Hands the plan to the field; publishing it again keeps the first date. */
    void publish() {
        if (status != MaraudePlanStatus.DONE) {
            throw new PlanNotReadyException(id, status);
        }
        if (publishedAt == null) {
            // Stored to the microsecond: the answer then says what a later read says.
            publishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    /** Back to draft: the field no longer reads it; the stops it checked off stay checked. */
    void withdraw() {
        publishedAt = null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Consortium getConsortium() {
        return consortium;
    }

    public Territory getTerritory() {
        return territory;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public List<LocalDate> getDates() {
        return Arrays.stream(dates.split(",")).map(LocalDate::parse).toList();
    }

    public MaraudePlanStatus getStatus() {
        return status;
    }

    public int getSecondsLimit() {
        return secondsLimit;
    }

    public String getScore() {
        return score;
    }

    public Boolean getFeasible() {
        return feasible;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSolvedAt() {
        return solvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<MaraudeTeam> getTeams() {
        return teams;
    }

    public List<MaraudeVisit> getVisits() {
        return visits;
    }

    public List<MaraudeRound> getRounds() {
        return rounds;
    }
}
