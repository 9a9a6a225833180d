package fr.allervers.permanence.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the permanence planner needs, as plain values: the service that reads the database builds one of these
 * and hands it to {@link ScheduleBuilder}.
 *
 * @param dates             the horizon (1 to 8 weeks); every date gets a morning and an afternoon slot
 * @param travel            car minutes between the places ({@link PlaceTravel#byCar})
 * @param fixedTeamsPerSlot how many fixed permanences (no van, in a centre social or day centre) may run in parallel
 * @param previousPlan      the plan currently published: pinned entries never move, the others are kept when possible
 * @param daysOff           public holidays, closing days, school holidays when the consortium stops then: no
 *                          permanence is offered on them
 */
public record PermanenceProblem(List<LocalDate> dates, SlotTimes slotTimes, List<CommuneQuota> communes, List<CandidatePlace> places,
                                List<Worker> staff, List<Vehicle> vans, PlaceTravel travel, int lunchBreakMinutes,
                                List<Profession> requiredRoles, int fixedTeamsPerSlot, List<PlannedPermanence> previousPlan,
                                List<DayOff> daysOff) {

    public static final int MAX_HORIZON_DAYS = 8 * 7;

    public PermanenceProblem {
        dates = dates.stream().distinct().sorted().toList();
        if (dates.isEmpty() || ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) >= MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("The horizon must cover 1 to 8 weeks");
        }
        Objects.requireNonNull(slotTimes);
        Objects.requireNonNull(travel);
        communes = List.copyOf(communes);
        places = List.copyOf(places);
        staff = List.copyOf(staff);
        vans = List.copyOf(vans);
        requiredRoles = List.copyOf(requiredRoles);
        previousPlan = List.copyOf(previousPlan);
        daysOff = daysOff.stream().distinct().toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().dates(dates).slotTimes(slotTimes).communes(communes).places(places).staff(staff)
                .vans(vans).travel(travel).lunchBreakMinutes(lunchBreakMinutes).requiredRoles(requiredRoles)
                .fixedTeamsPerSlot(fixedTeamsPerSlot).previousPlan(previousPlan).publicHolidays(false)
                .daysOff(daysOff);
    }

    /**
     * Fluent builder with the programme defaults (90 min lunch break, social worker + employment counsellor, the
     * French public holidays of the horizon off).
     */
    public static final class Builder {
        private List<LocalDate> dates = List.of();
        private SlotTimes slotTimes = SlotTimes.DEFAULT;
        private List<CommuneQuota> communes = List.of();
        private List<CandidatePlace> places = List.of();
        private List<Worker> staff = List.of();
        private List<Vehicle> vans = List.of();
        private PlaceTravel travel = PlaceTravel.none();
        private int lunchBreakMinutes = PlanningRules.DEFAULT_LUNCH_BREAK_MINUTES;
        private List<Profession> requiredRoles = PlanningRules.DEFAULT_REQUIRED_ROLES;
        private int fixedTeamsPerSlot;
        private List<PlannedPermanence> previousPlan = List.of();
        private boolean publicHolidays = true;
        private List<DayOff> daysOff = List.of();

        public Builder dates(List<LocalDate> dates) { this.dates = dates; return this; }

        /** Every Monday to Friday of {@code weeks} weeks starting on {@code firstDay}. */
        public Builder weekdays(LocalDate firstDay, int weeks) {
            List<LocalDate> list = new ArrayList<>();
            for (LocalDate d = firstDay; d.isBefore(firstDay.plusWeeks(weeks)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    list.add(d);
                }
            }
            return dates(list);
        }

        public Builder slotTimes(SlotTimes slotTimes) { this.slotTimes = slotTimes; return this; }
        public Builder communes(List<CommuneQuota> communes) { this.communes = communes; return this; }
        public Builder places(List<CandidatePlace> places) { this.places = places; return this; }
        public Builder staff(List<Worker> staff) { this.staff = staff; return this; }
        public Builder vans(List<Vehicle> vans) { this.vans = vans; return this; }
        public Builder travel(PlaceTravel travel) { this.travel = travel; return this; }
        public Builder lunchBreakMinutes(int minutes) { this.lunchBreakMinutes = minutes; return this; }
        public Builder requiredRoles(List<Profession> roles) { this.requiredRoles = roles; return this; }
        public Builder fixedTeamsPerSlot(int count) { this.fixedTeamsPerSlot = count; return this; }
        public Builder previousPlan(List<PlannedPermanence> plan) { this.previousPlan = plan; return this; }

        /** Days off on top of the public holidays: the consortium's closing days, school holidays. */
        public Builder daysOff(List<DayOff> daysOff) { this.daysOff = daysOff; return this; }

        /** Whether the French public holidays of the horizon are off (the default); false only for what-if studies. */
        public Builder publicHolidays(boolean off) { this.publicHolidays = off; return this; }

        public PermanenceProblem build() {
            List<DayOff> off = new ArrayList<>();
            if (publicHolidays && !dates.isEmpty()) {
                LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
                LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
                off.addAll(FrenchPublicHolidays.between(first, last));
            }
            off.addAll(daysOff);
            return new PermanenceProblem(dates, slotTimes, communes, places, staff, vans, travel, lunchBreakMinutes,
                    requiredRoles, fixedTeamsPerSlot, previousPlan, off);
        }
    }
}
