package fr.allervers.maraude.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/**
 * Maraude plans: launch one (solved in the background), follow it, read its rounds and left-out visits, list them,
 * and mark one as carried out so that its hotel visits count as the hotels' last visits.
 */
@RestController
@RequestMapping("/api/maraude-plans")
class MaraudePlanController {

    private final MaraudeProblemService problems;
    private final MaraudeSolving solving;
    private final MaraudePlanViews views;
    private final AuditTrail auditTrail;

    MaraudePlanController(MaraudeProblemService problems, MaraudeSolving solving, MaraudePlanViews views,
            AuditTrail auditTrail) {
        this.problems = problems;
        this.solving = solving;
        this.views = views;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<Map<String, Long>> create(@RequestBody PlanRequest request) {
        long id = problems.create(request).getId();
        solving.submit(id);
        return ResponseEntity.accepted().location(URI.create("/api/maraude-plans/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable long id) {
        PlanView view = views.view(id);
        if (MaraudePlanViews.exposesHotels(view)) {
            auditTrail.record(AuditTrail.READ_HOTELS, "/api/maraude-plans/" + id);
        }
        return view;
    }

    @GetMapping
    List<PlanView.Summary> list(@RequestParam(required = false) Long territoryId) {
        return views.list(territoryId);
    }

    @PostMapping("/{id}/carried-out")
    PlanView carriedOut(@PathVariable long id) {
        PlanView view = views.carriedOut(id);
        if (MaraudePlanViews.exposesHotels(view)) {
            auditTrail.record(AuditTrail.READ_HOTELS, "/api/maraude-plans/" + id);
        }
        return view;
    }
}
