package fr.allervers.maraude.plan;

import java.time.LocalTime;
import java.util.Arrays;
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

import fr.allervers.routing.TravelMode;

/** A team of a maraude plan, as asked: how it moves, its shift (the same each day), base, skills and capacity. */
@Entity
public class MaraudeTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private MaraudePlan plan;

    private int position;

    @Column(name = "team_key")
    private String key;

    private String name;

    @Enumerated(EnumType.STRING)
    private TravelMode mode;

    private LocalTime shiftStart;

    private LocalTime shiftEnd;

    private Long basePlaceId;

    private Point base;

    private String skills;

    private Integer capacity;

    protected MaraudeTeam() {
    }

    MaraudeTeam(MaraudePlan plan, int position, String key, String name, TravelMode mode, LocalTime shiftStart,
            LocalTime shiftEnd, Long basePlaceId, Point base, Set<String> skills, Integer capacity) {
        this.plan = plan;
        this.position = position;
        this.key = key;
        this.name = name;
        this.mode = mode;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.basePlaceId = basePlaceId;
        this.base = base;
        this.skills = String.join(",", new TreeSet<>(skills));
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public TravelMode getMode() {
        return mode;
    }

    public LocalTime getShiftStart() {
        return shiftStart;
    }

    public LocalTime getShiftEnd() {
        return shiftEnd;
    }

    public Long getBasePlaceId() {
        return basePlaceId;
    }

    public Point getBase() {
        return base;
    }

    public Set<String> getSkills() {
        return split(skills);
    }

    public Integer getCapacity() {
        return capacity;
    }

    /**
     * The staff records named as the team's members, which a field account must be one of to check off the team's
     * stops. Plans do not name members yet (issue #15, named teams): until they do, every team answers none and
     * the team a field account names when it checks a stop off is taken as its own.
     */
    public Set<Long> getMemberStaffIds() {
        return Set.of();
    }

    static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
