package fr.allervers.maraude.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/**
 * Maraude plans: launch one (solved in the background), follow it, read its rounds and left-out visits, list them,
 * publish it to the field (or take it back to draft), and let each team check off its own stops: the VISITED hotels
 * then count as the hotels' last visits.
 */
@RestController
@RequestMapping("/api/maraude-plans")
class MaraudePlanController {

    private final MaraudeSolving solving;
    private final MaraudePlanViews views;
    private final MaraudePublication publication;
    private final StopCheckOffs checkOffs;
    private final AuditTrail auditTrail;

    MaraudePlanController(MaraudeSolving solving, MaraudePlanViews views,
            MaraudePublication publication, StopCheckOffs checkOffs, AuditTrail auditTrail) {
        this.solving = solving;
        this.views = views;
        this.publication = publication;
        this.checkOffs = checkOffs;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<Map<String, Long>> create(@RequestBody PlanRequest request) {
        long id = solving.launch(request);
        return ResponseEntity.accepted().location(URI.create("/api/maraude-plans/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable long id) {
        return audited(id, views.view(id));
    }

    @GetMapping
    List<PlanView.Summary> list(@RequestParam(required = false) Long territoryId) {
        return views.list(territoryId);
    }

    /** Hands the plan to the field (« Ma journée », GPX, route sheets, check-offs); 409 unless solved, feasible. */
    @PutMapping("/{id}/publication")
    PlanView publish(@PathVariable long id) {
        return audited(id, publication.publish(id));
    }

    /** Takes the plan back to draft: field accounts no longer read it; stops already checked off stay so. */
    @DeleteMapping("/{id}/publication")
    PlanView withdraw(@PathVariable long id) {
        return audited(id, publication.withdraw(id));
    }

    /** A team checks off one of its own stops with what it found there; again with another outcome changes it. */
    @PutMapping("/{id}/stops/{visitId}/check-off")
    PlanView.CheckOffView checkOff(@PathVariable long id, @PathVariable String visitId,
            @RequestBody StopCheckOffs.CheckOffRequest request) {
        return checkOffs.checkOff(id, visitId, request);
    }

    /** Undoes a check-off (a wrong tap): the stop counts as not done again. */
    @DeleteMapping("/{id}/stops/{visitId}/check-off")
    ResponseEntity<Void> undoCheckOff(@PathVariable long id, @PathVariable String visitId,
            @RequestParam(required = false) String team) {
        checkOffs.undo(id, visitId, team);
        return ResponseEntity.noContent().build();
    }

    private PlanView audited(long id, PlanView view) {
        if (MaraudePlanViews.exposesHotels(view)) {
            auditTrail.record(AuditTrail.READ_HOTELS, "/api/maraude-plans/" + id);
        }
        return view;
    }
}
