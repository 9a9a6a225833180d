package fr.allervers.absence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.territory.HalfDay;
import fr.allervers.system.DateRange;

/**
 * {@code /api/staff/{id}/absences} and {@code /api/vans/{id}/unavailability}: coordinators declare who and what is
 * away; the next plan or re-plan takes it into account.
 */
@RestController
class AbsenceController {

    /**
     * @param fromHalfDay PM when the absence starts at noon of {@code from}; empty for the whole day
     * @param toHalfDay   AM when it ends at noon of {@code to}; empty for the whole day
     */
    record AbsenceRequest(LocalDate from, HalfDay fromHalfDay, LocalDate to, HalfDay toHalfDay, AbsenceReason reason) {
    }

    record AbsenceView(long id, long staffId, String staffLabel, LocalDate from, HalfDay fromHalfDay, LocalDate to,
                       HalfDay toHalfDay, AbsenceReason reason, String reasonLabel, OffsetDateTime createdAt,
                       String createdBy) {
        static AbsenceView of(StaffAbsence a) {
            Period p = a.period();
            return new AbsenceView(a.getId(), a.getStaff().getId(), a.getStaff().getLabel(), p.from(),
                    p.fromHalfDay(), p.to(), p.toHalfDay(), a.getReason(), a.getReason().french(), a.getCreatedAt(),
                    a.getCreatedBy());
        }
    }

    record UnavailabilityView(long id, long vanId, String vanLabel, LocalDate from, HalfDay fromHalfDay, LocalDate to,
                              HalfDay toHalfDay, AbsenceReason reason, String reasonLabel, OffsetDateTime createdAt,
                              String createdBy) {
        static UnavailabilityView of(VanUnavailability a) {
            Period p = a.period();
            return new UnavailabilityView(a.getId(), a.getVan().getId(), a.getVan().getLabel(), p.from(),
                    p.fromHalfDay(), p.to(), p.toHalfDay(), a.getReason(), a.getReason().french(), a.getCreatedAt(),
                    a.getCreatedBy());
        }
    }

    private final Absences absences;

    AbsenceController(Absences absences) {
        this.absences = absences;
    }

    @PostMapping("/api/staff/{staffId}/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    AbsenceView declareAbsence(@PathVariable long staffId, @RequestBody AbsenceRequest request) {
        return AbsenceView.of(absences.declareStaffAbsence(staffId, period(request), request.reason()));
    }

    @GetMapping("/api/staff/{staffId}/absences")
    @Transactional(readOnly = true)
    List<AbsenceView> absences(@PathVariable long staffId) {
        return absences.staffAbsences(staffId).stream().map(AbsenceView::of).toList();
    }

    @DeleteMapping("/api/staff/{staffId}/absences/{absenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAbsence(@PathVariable long staffId, @PathVariable long absenceId) {
        absences.removeStaffAbsence(staffId, absenceId);
    }

    @PostMapping("/api/vans/{vanId}/unavailability")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    UnavailabilityView declareUnavailability(@PathVariable long vanId, @RequestBody AbsenceRequest request) {
        return UnavailabilityView.of(absences.declareVanUnavailability(vanId, period(request), request.reason()));
    }

    @GetMapping("/api/vans/{vanId}/unavailability")
    @Transactional(readOnly = true)
    List<UnavailabilityView> unavailability(@PathVariable long vanId) {
        return absences.vanUnavailabilities(vanId).stream().map(UnavailabilityView::of).toList();
    }

    @DeleteMapping("/api/vans/{vanId}/unavailability/{unavailabilityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeUnavailability(@PathVariable long vanId, @PathVariable long unavailabilityId) {
        absences.removeVanUnavailability(vanId, unavailabilityId);
    }

    private static Period period(AbsenceRequest request) {
        return new Period(DateRange.check(request.from(), "from"), request.fromHalfDay(),
                DateRange.check(request.to(), "to"), request.toHalfDay());
    }
}
