package fr.allervers.permanence.plan;

import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import fr.allervers.permanence.plan.PlanViews.CancelRequest;
import fr.allervers.permanence.plan.PlanViews.ChangesView;
import fr.allervers.permanence.plan.PlanViews.Created;
import fr.allervers.permanence.plan.PlanViews.ExplanationView;
import fr.allervers.permanence.plan.PlanViews.LaunchRequest;
import fr.allervers.permanence.plan.PlanViews.MoveRequest;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.permanence.plan.PlanViews.PlanSummary;
import fr.allervers.permanence.plan.PlanViews.PlanView;
import fr.allervers.permanence.plan.PlanViews.PublicationPreview;
import fr.allervers.permanence.plan.PlanViews.ReplanRequest;
import fr.allervers.security.AuditTrail;

/**
 * {@code /api/permanence-plans}: launch, follow, edit, explain and export permanence plans. Every CSV and calendar
 * export is written to the audit trail once the caller's right to it is checked.
 */
@RestController
@RequestMapping("/api/permanence-plans")
class PermanencePlanController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final PermanencePlanService service;
    private final PlanPublication publication;
    private final PlanCancellation cancellation;
    private final PlanVersions versions;
    private final AuditTrail auditTrail;

    PermanencePlanController(PermanencePlanService service, PlanPublication publication,
            PlanCancellation cancellation, PlanVersions versions, AuditTrail auditTrail) {
        this.service = service;
        this.publication = publication;
        this.cancellation = cancellation;
        this.versions = versions;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<Created> launch(@RequestBody LaunchRequest request) {
        long id = service.launch(request);
        return ResponseEntity.accepted().location(URI.create("/api/permanence-plans/" + id)).body(new Created(id));
    }

    @GetMapping
    List<PlanSummary> list(@RequestParam long territoryId) {
        return service.list(territoryId);
    }

    @GetMapping("/{id}")
    PlanView plan(@PathVariable long id) {
        return service.view(id);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long id) {
        return service.events(id);
    }

    @PutMapping("/{id}/permanences/{permanenceId}/pin")
    PermanenceView pin(@PathVariable long id, @PathVariable long permanenceId) {
        return service.pin(id, permanenceId, true);
    }

    @DeleteMapping("/{id}/permanences/{permanenceId}/pin")
    PermanenceView unpin(@PathVariable long id, @PathVariable long permanenceId) {
        return service.pin(id, permanenceId, false);
    }

    @PatchMapping("/{id}/permanences/{permanenceId}")
    PlanView move(@PathVariable long id, @PathVariable long permanenceId, @RequestBody MoveRequest request) {
        return service.move(id, permanenceId, request);
    }

    /** The same move as PATCH, checked the same way but not written: the rules it would break or mend. */
    @PostMapping("/{id}/permanences/{permanenceId}/move-preview")
    PlanViews.MovePreview previewMove(@PathVariable long id, @PathVariable long permanenceId,
            @RequestBody MoveRequest request) {
        return service.previewMove(id, permanenceId, request);
    }

    /** Publishes the plan to the field (« Ma journée », calendars); 409 while it is not finished or breaks a hard rule. */
    @PutMapping("/{id}/publication")
    PlanView publish(@PathVariable long id) {
        publication.publish(id);
        return service.view(id);
    }

    /** Takes the plan back to draft: the field no longer sees it. */
    @DeleteMapping("/{id}/publication")
    PlanView withdraw(@PathVariable long id) {
        publication.withdraw(id);
        return service.view(id);
    }

    /**
     * Re-plans a draft in place (answers its id), or a published plan as a new draft version (answers the new id;
     * 409 unless {@code "confirm": true}): the field keeps the published one until the new one is published.
     */
    @PostMapping("/{id}/replan")
    ResponseEntity<Created> replan(@PathVariable long id, @RequestBody(required = false) ReplanRequest request) {
        long solved = service.replan(id, request == null ? null : request.secondsLimit(),
                request != null && Boolean.TRUE.equals(request.confirm()));
        return ResponseEntity.accepted().location(URI.create("/api/permanence-plans/" + solved))
                .body(new Created(solved));
    }

    /** Cancels one permanence (reason from a short list): it stays in the plan as « annulée », no longer held. */
    @PostMapping("/{id}/permanences/{permanenceId}/cancellation")
    PlanView cancel(@PathVariable long id, @PathVariable long permanenceId, @RequestBody CancelRequest request) {
        cancellation.cancel(id, permanenceId, request);
        return service.view(id);
    }

    /** Restores a cancelled permanence. */
    @DeleteMapping("/{id}/permanences/{permanenceId}/cancellation")
    PlanView restore(@PathVariable long id, @PathVariable long permanenceId) {
        cancellation.restore(id, permanenceId);
        return service.view(id);
    }

    /** Moved, added, removed, cancelled permanences and people swapped, against the version it re-plans. */
    @GetMapping("/{id}/changes")
    ChangesView changes(@PathVariable long id, @RequestParam(required = false) Long against) {
        return versions.changes(id, against);
    }

    /** What publishing the plan changes for the field, and for whom: to confirm before publishing. */
    @GetMapping("/{id}/publication-preview")
    PublicationPreview publicationPreview(@PathVariable long id) {
        return versions.publicationPreview(id);
    }

    @GetMapping("/{id}/explanation")
    ExplanationView explanation(@PathVariable long id) {
        return service.explanation(id);
    }

    @GetMapping("/{id}/calendar/staff/{staffId}.ics")
    ResponseEntity<String> staffCalendar(@PathVariable long id, @PathVariable long staffId) {
        String calendar = service.staffCalendar(id, staffId);
        audited(id, "/calendar/staff/" + staffId + ".ics");
        return download(calendar, CALENDAR, "permanences-" + id + "-staff-" + staffId + ".ics");
    }

    @GetMapping("/{id}/calendar/vans/{vanId}.ics")
    ResponseEntity<String> vanCalendar(@PathVariable long id, @PathVariable long vanId) {
        String calendar = service.vanCalendar(id, vanId);
        audited(id, "/calendar/vans/" + vanId + ".ics");
        return download(calendar, CALENDAR, "permanences-" + id + "-van-" + vanId + ".ics");
    }

    @GetMapping("/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        byte[] csv = service.csv(id);
        audited(id, "/export.csv");
        return download(csv, CSV, "permanences-" + id + ".csv");
    }

    private void audited(long id, String what) {
        auditTrail.record(AuditTrail.EXPORT, "/api/permanence-plans/" + id + what);
    }

    private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
