package fr.allervers.maraude.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import fr.allervers.routing.TravelMode;
import fr.allervers.territory.Staff;

/**
 * A team of a maraude plan, as asked: its people, how it moves, its shift (the same each day), base, skills (its
 * people's professions and any skill given) and capacity.
 */
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

    /** The people of the team, named in the plan; their professions are among the team's skills. */
    @ManyToMany
    @JoinTable(name = "maraude_team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    @OrderColumn(name = "position")
    private List<Staff> members = new ArrayList<>();

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

    void addMembers(List<Staff> staff) {
        members.addAll(staff);
    }

    public List<Staff> getMembers() {
        return members;
    }

    /** The staff records named as the team's members: a field account must be one of them to check off its stops. */
    public Set<Long> getMemberStaffIds() {
        return members.stream().map(Staff::getId).collect(java.util.stream.Collectors.toSet());
    }

    static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
