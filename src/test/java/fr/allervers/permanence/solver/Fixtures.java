package fr.allervers.permanence.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.allervers.permanence.domain.Commune;
import fr.allervers.permanence.domain.HalfDay;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.Place;
import fr.allervers.permanence.domain.PlaceKind;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Role;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.domain.Staff;
import fr.allervers.permanence.domain.TravelMatrix;
import fr.allervers.permanence.domain.Van;
import fr.allervers.permanence.domain.WeeklySlot;

/** Small building blocks for constraint and explainer tests. */
final class Fixtures {

    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final String CORBAS = "69273";
    static final String FEYZIN = "69276";

    private Fixtures() {
    }

    static Slot am(int dayOffset) {
        return SlotTimes.DEFAULT.slot(MONDAY.plusDays(dayOffset), HalfDay.AM);
    }

    static Slot pm(int dayOffset) {
        return SlotTimes.DEFAULT.slot(MONDAY.plusDays(dayOffset), HalfDay.PM);
    }

    static Place place(long id, String insee) {
        return new Place(id, "Lieu " + id, insee, PlaceKind.PUBLIC_SQUARE, true, WeeklySlot.weekdays(), 0.5);
    }

    static Commune corbas() {
        return Commune.of(CORBAS, "Corbas");
    }

    static Staff socialWorker(long id) {
        return Staff.of(id, "AS-" + id, Role.SOCIAL_WORKER);
    }

    static Staff counsellor(long id) {
        return Staff.of(id, "CIP-" + id, Role.EMPLOYMENT_COUNSELLOR);
    }

    static Van van(long id) {
        return Van.of(id, "Camion " + id);
    }

    static Permanence held(long id, Slot slot, Van van, Place place) {
        Permanence permanence = new Permanence(id, slot, van, place == null ? List.of() : List.of(place));
        permanence.setPlace(place);
        return permanence;
    }

    static Seat seat(Permanence permanence, int index, Role role, Staff staff) {
        Seat seat = new Seat(permanence.getId() * 10 + index, permanence, role, staff == null ? List.of() : List.of(staff));
        seat.setStaff(staff);
        return seat;
    }

    static PlanningRules rules(TravelMatrix travel) {
        return new PlanningRules(PlanningRules.DEFAULT_LUNCH_BREAK_MINUTES, PlanningRules.DEFAULT_REQUIRED_ROLES, travel);
    }

    static PlanningRules rules() {
        return rules(new TravelMatrix());
    }

    static Staff unavailableOn(Staff staff, LocalDate date) {
        return staff.withUnavailableDates(Set.of(date));
    }
}
