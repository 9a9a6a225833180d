package fr.allervers.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.Van;
import fr.allervers.territory.VanRepository;

/**
 * Declares, lists and removes absences of the current consortium's staff and vans, and tells planning who is
 * away when. Staff and vans are looked up within the consortium, so another consortium's ids answer 404.
 */
@Service
public class Absences {

    private final StaffAbsenceRepository staffAbsences;
    private final VanUnavailabilityRepository vanUnavailabilities;
    private final StaffRepository staff;
    private final VanRepository vans;
    private final CurrentConsortium currentConsortium;
    private final ApplicationEventPublisher events;

    Absences(StaffAbsenceRepository staffAbsences, VanUnavailabilityRepository vanUnavailabilities,
            StaffRepository staff, VanRepository vans, CurrentConsortium currentConsortium,
            ApplicationEventPublisher events) {
        this.events = events;
        this.staffAbsences = staffAbsences;
        this.vanUnavailabilities = vanUnavailabilities;
        this.staff = staff;
        this.vans = vans;
        this.currentConsortium = currentConsortium;
    }

    /** The periods overlapping [first, last] of each staff member who is away then, by staff id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Period>> staffAway(Consortium consortium, LocalDate first, LocalDate last) {
        Map<Long, List<Period>> result = new HashMap<>();
        staffAbsences.findOverlapping(consortium, first, last).forEach(a ->
                result.computeIfAbsent(a.getStaff().getId(), id -> new ArrayList<>()).add(a.period()));
        return result;
    }

    /** A staff absence as planning explains it: who, when and the coarse reason. */
    public record StaffAway(long staffId, Period period, AbsenceReason reason) {
    }

    /** The absences overlapping [first, last], with their reasons, for the sentences a coordinator reads. */
    @Transactional(readOnly = true)
    public List<StaffAway> staffAwayWithReasons(Consortium consortium, LocalDate first, LocalDate last) {
        return staffAbsences.findOverlapping(consortium, first, last).stream()
                .map(a -> new StaffAway(a.getStaff().getId(), a.period(), a.getReason())).toList();
    }

    /** The periods overlapping [first, last] of each van off the road then, by van id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Period>> vansAway(Consortium consortium, LocalDate first, LocalDate last) {
        Map<Long, List<Period>> result = new HashMap<>();
        vanUnavailabilities.findOverlapping(consortium, first, last).forEach(a ->
                result.computeIfAbsent(a.getVan().getId(), id -> new ArrayList<>()).add(a.period()));
        return result;
    }

    @Transactional
    StaffAbsence declareStaffAbsence(long staffId, Period period, AbsenceReason reason) {
        Staff person = staffMember(staffId);
        AbsenceReason checked = reason == null ? AbsenceReason.OTHER : reason;
        if (!checked.forStaff()) {
            throw new IllegalArgumentException("motif « " + checked + " » réservé aux camions ; pour une personne :"
                    + " SICK_LEAVE, TRAINING, HOLIDAY ou OTHER");
        }
        changed(person.getConsortium(), period);
        return staffAbsences.save(new StaffAbsence(person, period, checked, username()));
    }

    @Transactional
    VanUnavailability declareVanUnavailability(long vanId, Period period, AbsenceReason reason) {
        Van van = van(vanId);
        AbsenceReason checked = reason == null ? AbsenceReason.OTHER : reason;
        if (!checked.forVans()) {
            throw new IllegalArgumentException("motif « " + checked + " » réservé aux personnes ; pour un camion :"
                    + " BREAKDOWN, SERVICING ou OTHER");
        }
        changed(van.getConsortium(), period);
        return vanUnavailabilities.save(new VanUnavailability(van, period, checked, username()));
    }

    @Transactional(readOnly = true)
    List<StaffAbsence> staffAbsences(long staffId) {
        Staff person = staffMember(staffId);
        return staffAbsences.findOf(person.getConsortium(), staffId);
    }

    @Transactional(readOnly = true)
    List<VanUnavailability> vanUnavailabilities(long vanId) {
        Van van = van(vanId);
        return vanUnavailabilities.findOf(van.getConsortium(), vanId);
    }

    @Transactional
    void removeStaffAbsence(long staffId, long absenceId) {
        Staff person = staffMember(staffId);
        StaffAbsence absence = staffAbsences.findEntry(person.getConsortium(), staffId, absenceId)
                .orElseThrow(() -> new NoSuchElementException("absence " + absenceId + " introuvable pour "
                        + person.getLabel()));
        changed(person.getConsortium(), absence.period());
        staffAbsences.delete(absence);
    }

    @Transactional
    void removeVanUnavailability(long vanId, long unavailabilityId) {
        Van van = van(vanId);
        VanUnavailability unavailability = vanUnavailabilities.findEntry(van.getConsortium(), vanId,
                unavailabilityId).orElseThrow(() -> new NoSuchElementException("indisponibilité " + unavailabilityId
                        + " introuvable pour " + van.getLabel()));
        changed(van.getConsortium(), unavailability.period());
        vanUnavailabilities.delete(unavailability);
    }

    Staff staffMember(long staffId) {
        return staff.findByIdAndConsortium(staffId, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("professionnel " + staffId + " introuvable"));
    }

    Van van(long vanId) {
        return vans.findByIdAndConsortium(vanId, currentConsortium.get())
                .orElseThrow(() -> new NoSuchElementException("camion " + vanId + " introuvable"));
    }

    /** Delivered after commit (see {@link AbsencesChanged}). */
    private void changed(Consortium consortium, Period period) {
        events.publishEvent(new AbsencesChanged(consortium, period.from(), period.to()));
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
