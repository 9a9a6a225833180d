package fr.allervers.maraude.plan;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/** A team's rounds for the field: GPX for a GPS app, and the printable route sheet. Both exports are audited. */
@RestController
class MaraudeExportController {

    static final MediaType GPX = MediaType.parseMediaType("application/gpx+xml;charset=UTF-8");

    private final MaraudePlanViews views;
    private final AuditTrail auditTrail;

    MaraudeExportController(MaraudePlanViews views, AuditTrail auditTrail) {
        this.views = views;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/api/maraude-plans/{id}/teams/{team}.gpx")
    ResponseEntity<String> gpx(@PathVariable long id, @PathVariable String team) {
        MaraudePlanViews.TeamRounds rounds = audited(id, team, "/teams/" + team + ".gpx");
        return ResponseEntity.ok().contentType(GPX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("maraude-" + id + "-" + team + ".gpx", StandardCharsets.UTF_8).build().toString())
                .body(GpxWriter.write(rounds));
    }

    @GetMapping({"/api/maraude-plans/{id}/teams/{team}/feuille-de-route",
            "/api/maraude-plans/{id}/teams/{team}/feuille-de-route.html"})
    ResponseEntity<String> routeSheet(@PathVariable long id, @PathVariable String team) {
        MaraudePlanViews.TeamRounds rounds = audited(id, team, "/teams/" + team + "/feuille-de-route");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(RouteSheet.write(rounds));
    }

    private MaraudePlanViews.TeamRounds audited(long id, String team, String what) {
        MaraudePlanViews.TeamRounds rounds = views.teamRounds(id, team);
        String resource = "/api/maraude-plans/" + id + what;
        auditTrail.record(AuditTrail.EXPORT, resource);
        if (rounds.hasHotelStops()) {
            auditTrail.record(AuditTrail.READ_HOTELS, resource);
        }
        return rounds;
    }
}
