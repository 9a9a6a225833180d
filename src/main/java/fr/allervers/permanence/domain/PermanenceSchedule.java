package fr.allervers.permanence.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The planning solution: the horizon, the facts, the possible permanences and their seats. */
@PlanningSolution
public class PermanenceSchedule {

    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<CommuneQuota> communes;
    @ProblemFactCollectionProperty
    private List<CommuneMonth> communeMonths;
    @ProblemFactCollectionProperty
    private List<CandidatePlace> places;
    @ProblemFactCollectionProperty
    private List<Worker> staff;
    @ProblemFactCollectionProperty
    private List<Vehicle> vans;
    @ProblemFactProperty
    private PlanningRules rules;
    @ProblemFactCollectionProperty
    private List<DayOff> daysOff;

    @PlanningEntityCollectionProperty
    private List<Permanence> permanences;
    @PlanningEntityCollectionProperty
    private List<Seat> seats;

    @PlanningScore
    private HardMediumSoftScore score;

    protected PermanenceSchedule() {
    }

    public PermanenceSchedule(List<Slot> slots, List<CommuneQuota> communes, List<CommuneMonth> communeMonths,
                              List<CandidatePlace> places, List<Worker> staff, List<Vehicle> vans, PlanningRules rules,
                              List<Permanence> permanences, List<Seat> seats) {
        this(slots, communes, communeMonths, places, staff, vans, rules, permanences, seats, List.of());
    }

    public PermanenceSchedule(List<Slot> slots, List<CommuneQuota> communes, List<CommuneMonth> communeMonths,
                              List<CandidatePlace> places, List<Worker> staff, List<Vehicle> vans, PlanningRules rules,
                              List<Permanence> permanences, List<Seat> seats, List<DayOff> daysOff) {
        this.daysOff = daysOff;
        this.slots = slots;
        this.communes = communes;
        this.communeMonths = communeMonths;
        this.places = places;
        this.staff = staff;
        this.vans = vans;
        this.rules = rules;
        this.permanences = permanences;
        this.seats = seats;
    }

    /** The held permanences, in date order, in the shape the rest of the application stores. */
    public List<PlannedPermanence> plan() {
        Map<Long, List<Seat>> seatsByPermanence = seatsByPermanence();
        List<PlannedPermanence> plan = new ArrayList<>();
        for (Permanence permanence : heldPermanences()) {
            List<Long> staffIds = seatsByPermanence.getOrDefault(permanence.getId(), List.of()).stream()
                    .map(Seat::getStaff).filter(Objects::nonNull).map(Worker::id).toList();
            plan.add(new PlannedPermanence(permanence.getSlot().date(), permanence.getSlot().halfDay(),
                    permanence.isMobile() ? permanence.getVan().id() : null, permanence.getPlace().id(), staffIds,
                    permanence.isPinned()));
        }
        return plan;
    }

    public List<Permanence> heldPermanences() {
        return permanences.stream().filter(Permanence::isHeld)
                .sorted(Comparator.comparing((Permanence p) -> p.getSlot().date())
                        .thenComparing(p -> p.getSlot().halfDay()).thenComparing(Permanence::getId))
                .toList();
    }

    public Map<Long, List<Seat>> seatsByPermanence() {
        return seats.stream().collect(Collectors.groupingBy(Seat::getPermanenceId));
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<CommuneQuota> getCommunes() {
        return communes;
    }

    public List<CommuneMonth> getCommuneMonths() {
        return communeMonths;
    }

    public List<CandidatePlace> getPlaces() {
        return places;
    }

    public List<Worker> getStaff() {
        return staff;
    }

    public List<Vehicle> getVans() {
        return vans;
    }

    public List<DayOff> getDaysOff() {
        return daysOff;
    }

    /** The first day off that keeps a place of this commune closed during the slot, or null. */
    public DayOff dayOff(Slot slot, String communeInsee) {
        return daysOff.stream().filter(off -> off.covers(slot) && off.appliesTo(communeInsee)).findFirst()
                .orElse(null);
    }

    public PlanningRules getRules() {
        return rules;
    }

    public List<Permanence> getPermanences() {
        return permanences;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
