package fr.allervers.coverage;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.allervers.security.AuditTrail;

/**
 * What funders read, aggregates only: {@code GET /api/coverage?territoryId=&month=yyyy-MM} (the month's coverage)
 * and {@code GET /api/coverage/funnel?territoryId=&from=&to=} (people met per month, in published blocks of at least
 * k encounters: {@link PublishedFunnel}), each also as a spreadsheet ({@code /api/coverage/export.csv},
 * {@code /api/coverage/funnel.csv}; each spreadsheet is written to the audit trail).
 */
@RestController
class CoverageController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final CoverageService coverage;
    private final EncounterFunnel funnel;
    private final CoverageProperties properties;
    private final AuditTrail auditTrail;

    CoverageController(CoverageService coverage, EncounterFunnel funnel, CoverageProperties properties,
            AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.coverage = coverage;
        this.funnel = funnel;
        this.properties = properties;
    }

    @GetMapping("/api/coverage")
    CoverageReport coverage(@RequestParam long territoryId, @RequestParam(required = false) String month) {
        return coverage.report(territoryId, month(month, "mois", thisMonth()));
    }

    @GetMapping("/api/coverage/export.csv")
    ResponseEntity<byte[]> coverageCsv(@RequestParam long territoryId, @RequestParam(required = false) String month) {
        CoverageReport report = coverage.report(territoryId, month(month, "mois", thisMonth()));
        auditTrail.record(AuditTrail.EXPORT, "/api/coverage/export.csv?territoryId=" + territoryId + "&month="
                + report.month());
        return csv(CoverageCsv.coverage(report), "couverture-" + report.month() + ".csv");
    }

    /** By default the last twelve months, this one included. */
    @GetMapping("/api/coverage/funnel")
    FunnelReport funnel(@RequestParam long territoryId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        YearMonth last = month(to, "to", thisMonth());
        return funnel.report(territoryId, month(from, "from", last.minusMonths(11)), last);
    }

    @GetMapping("/api/coverage/funnel.csv")
    ResponseEntity<byte[]> funnelCsv(@RequestParam long territoryId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        FunnelReport report = funnel(territoryId, from, to);
        auditTrail.record(AuditTrail.EXPORT, "/api/coverage/funnel.csv?territoryId=" + territoryId + "&from="
                + report.from() + "&to=" + report.to());
        return csv(CoverageCsv.funnel(report), "rencontres-" + report.from() + "-" + report.to() + ".csv");
    }

    private YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of(properties.zone()));
    }

    private static YearMonth month(String text, String name, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("mois illisible (" + name + ") : « " + text + " » (exemple : 2025-03)");
        }
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
