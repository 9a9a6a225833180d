package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A permanence plan of one territory over a horizon, with the permanences of its best solution so far. */
@Entity
public class PermanencePlan {

    private static final int MAX_BROKEN_RULES_CHARS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consortium_id")
    private Consortium consortium;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Column(name = "date_from")
    private LocalDate from;

    @Column(name = "date_to")
    private LocalDate to;

    private int secondsLimit;

    private int fixedTeams;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private String score;

    /**
     * Solving time this plan has had so far, written with each checkpoint: a solve taken over by another instance,
     * or resumed after a planned shutdown, continues with what is left of {@link #secondsLimit}.
     */
    @Column(name = "solving_spent_ms")
    private long solvingSpentMs;

    /** One rule per line. */
    private String brokenRules;

    private String failure;

    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    /** When the coordinator published the plan to the field; null while it is a draft. */
    private OffsetDateTime publishedAt;

    /** The broken rules as entries (JSON, see {@link BrokenRules}); null for plans scored before they existed. */
    private String brokenRuleDetails;

    /** The version this one re-plans: the published plan the field keeps reading until this one is published. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_version_id")
    private PermanencePlan previousVersion;

    /** The first version's id, shared by every version; null for the first one itself before V90. */
    private Long lineageId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, halfDay, id")
    private List<PlanPermanence> permanences = new ArrayList<>();

    protected PermanencePlan() {
    }

    public PermanencePlan(Consortium consortium, Territory territory, LocalDate from, LocalDate to, int secondsLimit,
            int fixedTeams) {
        this.consortium = consortium;
        this.territory = territory;
        this.from = from;
        this.to = to;
        this.secondsLimit = secondsLimit;
        this.fixedTeams = fixedTeams;
        this.status = PlanStatus.SOLVING;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /**
     * Starts solving a draft again (re-plan), with a new time limit. A published plan is never restarted: it is
     * re-planned as a {@link #nextVersion new version}, so that the field never reads a half-solved week.
     */
    void restart(int secondsLimit) {
        this.secondsLimit = secondsLimit;
        this.solvingSpentMs = 0;
        this.status = PlanStatus.SOLVING;
        this.publishedAt = null;
        this.failure = null;
        touch();
    }

    /**
     * A new draft version of this plan, to be solved from this one's permanences (cancelled ones included): this
     * plan stays as it is, published, until the new version is published.
     */
    PermanencePlan nextVersion(int secondsLimit) {
        PermanencePlan next = new PermanencePlan(consortium, territory, from, to, secondsLimit, fixedTeams);
        next.previousVersion = this;
        next.lineageId = getLineageId();
        next.score = score;
        next.brokenRules = brokenRules;
        next.brokenRuleDetails = brokenRuleDetails;
        permanences.forEach(p -> {
            PlanPermanence copy = p.copy();
            copy.attachTo(next);
            next.permanences.add(copy);
        });
        return next;
    }

    /** Cancelled permanences are the coordinator's, not the solver's: they stay whatever it finds. */
    void replacePermanences(List<PlanPermanence> replacement) {
        permanences.removeIf(p -> !p.isCancelled());
        replacement.forEach(p -> p.attachTo(this));
        permanences.addAll(replacement);
        touch();
    }

    /**
     * @param brokenRules one summary line per rule, e.g. « Binôme incomplet » : 3 cas
     * @param details     the same rules, one entry per case
     */
    void scored(String score, List<String> brokenRules, List<PlanViews.BrokenRuleView> details) {
        this.score = score;
        String joined = String.join("\n", brokenRules);
        this.brokenRules = joined.length() > MAX_BROKEN_RULES_CHARS ? joined.substring(0, MAX_BROKEN_RULES_CHARS)
                : joined;
        this.brokenRuleDetails = BrokenRules.write(details);
        touch();
    }

    long getSolvingSpentMs() {
        return solvingSpentMs;
    }

    void spentSolving(long millis) {
        this.solvingSpentMs = millis;
    }

    void finish(PlanStatus status, String failure) {
        this.status = status;
        this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        touch();
    }

    void publish() {
        this.publishedAt = now();
        touch();
    }

    void withdraw() {
        this.publishedAt = null;
        touch();
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    /**
     * Each change moves the time on by at least a second: the calendars' SEQUENCE counts the seconds of this time
     * ({@link IcsCalendar#sequence}), and a calendar app applies a change (a cancellation) only if it grows, even when
     * two changes come within the same second.
     */
    void touch() {
        OffsetDateTime now = now();
        OffsetDateTime nextSecond = updatedAt == null ? now
                : updatedAt.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        this.updatedAt = now.isBefore(nextSecond) ? nextSecond : now;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
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

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public int getSecondsLimit() {
        return secondsLimit;
    }

    public int getFixedTeams() {
        return fixedTeams;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getScore() {
        return score;
    }

    /** One summary line per broken rule. */
    public List<String> getBrokenRuleSummary() {
        return brokenRules == null || brokenRules.isEmpty() ? List.of() : Arrays.asList(brokenRules.split("\n"));
    }

    /** One entry per case of a broken rule; plans scored before entries existed give their summary lines. */
    public List<PlanViews.BrokenRuleView> getBrokenRules() {
        return brokenRuleDetails == null ? BrokenRules.fromSummary(getBrokenRuleSummary())
                : BrokenRules.read(brokenRuleDetails);
    }

    public PermanencePlan getPreviousVersion() {
        return previousVersion;
    }

    /** The first version's id: the same for every version of a plan. */
    public long getLineageId() {
        return lineageId != null ? lineageId : previousVersion != null ? previousVersion.getLineageId() : id;
    }

    /** The permanences held: all but the cancelled ones. */
    public List<PlanPermanence> getHeldPermanences() {
        return permanences.stream().filter(p -> !p.isCancelled()).toList();
    }

    public String getFailure() {
        return failure;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<PlanPermanence> getPermanences() {
        return permanences;
    }
}
