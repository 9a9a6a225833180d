package fr.allervers.permanence.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.SiteKind;
import fr.allervers.permanence.domain.PlaceTravel;
import fr.allervers.permanence.domain.PlanningRules;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.domain.WeeklySlot;
import fr.allervers.routing.LonLat;
import fr.allervers.routing.TravelMatrix;

/** Small building blocks for constraint and explainer tests. */
final class Fixtures {

    /** Monday 2 March 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final String CORBAS = "69273";
    static final String FEYZIN = "69276";

    private Fixtures() {
    }

    static Slot am(int dayOffset) {
        return SlotTimes.DEFAULT.slot(MONDAY.plusDays(dayOffset), DayPart.AM);
    }

    static Slot pm(int dayOffset) {
        return SlotTimes.DEFAULT.slot(MONDAY.plusDays(dayOffset), DayPart.PM);
    }

    static CandidatePlace place(long id, String insee) {
        return new CandidatePlace(id, "Lieu " + id, insee, SiteKind.PUBLIC_SQUARE, true, WeeklySlot.weekdays(), 0.5);
    }

    static CommuneQuota corbas() {
        return CommuneQuota.of(CORBAS, "Corbas");
    }

    static Worker socialWorker(long id) {
        return Worker.of(id, "AS-" + id, Profession.SOCIAL_WORKER);
    }

    static Worker counsellor(long id) {
        return Worker.of(id, "CIP-" + id, Profession.EMPLOYMENT_COUNSELLOR);
    }

    static Vehicle van(long id) {
        return Vehicle.of(id, "Camion " + id);
    }

    static Permanence held(long id, Slot slot, Vehicle van, CandidatePlace place) {
        Permanence permanence = new Permanence(id, slot, van, place == null ? List.of() : List.of(place));
        permanence.setPlace(place);
        return permanence;
    }

    static Seat seat(Permanence permanence, int index, Profession role, Worker staff) {
        Seat seat = new Seat(permanence.getId() * 10 + index, permanence, role, staff == null ? List.of() : List.of(staff));
        seat.setStaff(staff);
        return seat;
    }

    static PlanningRules rules(PlaceTravel travel) {
        return new PlanningRules(PlanningRules.DEFAULT_LUNCH_BREAK_MINUTES, PlanningRules.DEFAULT_REQUIRED_ROLES, travel);
    }

    static PlanningRules rules() {
        return rules(PlaceTravel.none());
    }

    /** Two places {@code minutes} apart by car both ways, as a provider's matrix would say. */
    static PlaceTravel travel(long placeA, long placeB, int minutes) {
        long seconds = minutes * 60L;
        TravelMatrix matrix = new TravelMatrix(List.of(new LonLat(4.9, 45.7), new LonLat(4.9, 45.8)),
                new long[][] {{0, seconds}, {seconds, 0}}, new double[][] {{0, 1}, {1, 0}}, List.of());
        return new PlaceTravel(List.of(placeA, placeB), matrix);
    }

    static Worker unavailableOn(Worker staff, LocalDate date) {
        return staff.withUnavailableDates(Set.of(date));
    }
}
