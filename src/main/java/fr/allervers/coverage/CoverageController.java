package fr.allervers.coverage;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/coverage?territoryId=&month=yyyy-MM}: the funders' monthly coverage of a territory. */
@RestController
class CoverageController {

    private final CoverageService coverage;
    private final CoverageProperties properties;

    CoverageController(CoverageService coverage, CoverageProperties properties) {
        this.coverage = coverage;
        this.properties = properties;
    }

    @GetMapping("/api/coverage")
    CoverageReport coverage(@RequestParam long territoryId, @RequestParam(required = false) String month) {
        return coverage.report(territoryId, month(month));
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(ZoneId.of(properties.zone()));
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("mois illisible : « " + text + " » (exemple : 2025-03)");
        }
    }
}
