package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** One rule per line. */
    private String brokenRules;

    private String failure;

    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    /** When the coordinator published the plan to the field; null while it is a draft. */
    private OffsetDateTime publishedAt;

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
     * Starts solving again (re-plan), with a new time limit. A published plan goes back to draft: the field keeps
     * no half-solved week, and the coordinator publishes the new one once checked.
     */
    void restart(int secondsLimit) {
        this.secondsLimit = secondsLimit;
        this.status = PlanStatus.SOLVING;
        this.publishedAt = null;
        this.failure = null;
        touch();
    }

    void replacePermanences(List<PlanPermanence> replacement) {
        permanences.clear();
        replacement.forEach(p -> p.attachTo(this));
        permanences.addAll(replacement);
        touch();
    }

    void scored(String score, List<String> brokenRules) {
        this.score = score;
        String joined = String.join("\n", brokenRules);
        this.brokenRules = joined.length() > MAX_BROKEN_RULES_CHARS ? joined.substring(0, MAX_BROKEN_RULES_CHARS)
                : joined;
        touch();
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

    void touch() {
        this.updatedAt = now();
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

    public List<String> getBrokenRules() {
        return brokenRules == null || brokenRules.isEmpty() ? List.of() : Arrays.asList(brokenRules.split("\n"));
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
