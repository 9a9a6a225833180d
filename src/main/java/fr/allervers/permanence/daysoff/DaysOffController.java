package fr.allervers.permanence.daysoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.security.TenantTerritories;
import fr.allervers.territory.HalfDay;
import fr.allervers.territory.Territory;

/**
 * {@code /api/closing-days}, {@code /api/days-off} and {@code /api/school-holidays}: the days without permanence.
 * Coordinators write; the field reads (to know when the van does not go out). School holidays are imported with
 * {@code POST /api/imports/school-holidays} ({@link SchoolHolidayImporter}).
 */
@RestController
class DaysOffController {

    /** @param halfDay AM or PM for a half-day closing; empty for the whole day */
    record ClosingDayRequest(LocalDate date, HalfDay halfDay, String reason) {
    }

    record ClosingDayView(long id, LocalDate date, HalfDay halfDay, String reason, OffsetDateTime createdAt,
                          String createdBy) {
        static ClosingDayView of(ClosingDay c) {
            return new ClosingDayView(c.getId(), c.getDate(), c.getHalfDay(), c.getReason(), c.getCreatedAt(),
                    c.getCreatedBy());
        }
    }

    /**
     * @param noPermanenceInSchoolHolidays false (the default): school holidays are shown, permanences go on
     * @param zones                        the zone names the consortium may choose
     */
    record SettingsView(String schoolZone, boolean noPermanenceInSchoolHolidays, List<String> zones) {
    }

    record SettingsRequest(String schoolZone, Boolean noPermanenceInSchoolHolidays) {
    }

    record SchoolHolidayView(String zone, String description, LocalDate firstDay, LocalDate lastDay,
                             String schoolYear) {
    }

    /**
     * @param kind            PUBLIC_HOLIDAY, CLOSING or SCHOOL_HOLIDAY
     * @param kindLabel       « jour férié », « fermeture », « vacances scolaires »
     * @param permanencesHeld true only for school holidays when the consortium keeps working then
     * @param closingDayId    the closing day to remove, for a closing day
     */
    record DayOffView(LocalDate from, LocalDate to, HalfDay halfDay, DayOffKind kind, String kindLabel, String label,
                      boolean permanencesHeld, Long closingDayId) {
    }

    private final DaysOff daysOff;
    private final TenantTerritories territories;

    DaysOffController(DaysOff daysOff, TenantTerritories territories) {
        this.daysOff = daysOff;
        this.territories = territories;
    }

    @GetMapping("/api/closing-days")
    List<ClosingDayView> closingDays(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return daysOff.closingDays(from, to).stream().map(ClosingDayView::of).toList();
    }

    @PostMapping("/api/closing-days")
    @ResponseStatus(HttpStatus.CREATED)
    ClosingDayView addClosingDay(@RequestBody ClosingDayRequest request) {
        return ClosingDayView.of(daysOff.addClosingDay(request.date(), request.halfDay(), request.reason()));
    }

    @DeleteMapping("/api/closing-days/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeClosingDay(@PathVariable long id) {
        daysOff.removeClosingDay(id);
    }

    @GetMapping("/api/days-off")
    List<DayOffView> calendar(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) Long territoryId) {
        Territory territory = territoryId == null ? null : territories.require(territoryId);
        return daysOff.calendar(from, to, territory).stream().map(e -> new DayOffView(e.from(), e.to(), e.halfDay(),
                e.kind(), e.kind().french(), e.label(), e.permanencesHeld(), e.closingDayId())).toList();
    }

    @GetMapping("/api/days-off/settings")
    SettingsView settings() {
        DaysOff.Settings settings = daysOff.settings();
        return new SettingsView(settings.schoolZone(), settings.noPermanenceInSchoolHolidays(), daysOff.zones());
    }

    @PutMapping("/api/days-off/settings")
    SettingsView saveSettings(@RequestBody SettingsRequest request) {
        DaysOff.Settings settings = daysOff.saveSettings(request.schoolZone(), request.noPermanenceInSchoolHolidays());
        return new SettingsView(settings.schoolZone(), settings.noPermanenceInSchoolHolidays(), daysOff.zones());
    }

    /** @param zone the zone to list; empty for the consortium's own zone, or every zone when it chose none */
    @GetMapping("/api/school-holidays")
    List<SchoolHolidayView> schoolHolidays(@RequestParam(required = false) String zone) {
        return daysOff.schoolHolidays(zone).stream().map(h -> new SchoolHolidayView(h.getZone(), h.getDescription(),
                h.getFirstDay(), h.getLastDay(), h.getSchoolYear())).toList();
    }
}
