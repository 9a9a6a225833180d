package fr.allervers.permanence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.permanence.plan.PlanViews.MyDayView;

/**
 * "Ma journée" for field staff: {@code GET /api/permanence-plans/my-day?date=} (current plans) and
 * {@code GET /api/permanence-plans/{id}/my-day?date=} (one plan). The date defaults to today in Europe/Paris.
 */
@RestController
class MyDayController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MyDay myDay;

    MyDayController(MyDay myDay) {
        this.myDay = myDay;
    }

    /** @param since when the person last looked (ISO date-time): older publications' changes are left out */
    @GetMapping("/api/permanence-plans/my-day")
    MyDayView today(@RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime since) {
        return myDay.inCurrentPlans(date == null ? LocalDate.now(PARIS) : date, since);
    }

    @GetMapping("/api/permanence-plans/{id}/my-day")
    MyDayView inPlan(@PathVariable long id, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime since) {
        return myDay.inPlan(id, date == null ? LocalDate.now(PARIS) : date, since);
    }
}
