package fr.allervers.encounter;

import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention how long an encounter is kept (default 24 months); monthly counts are kept longer
 * @param purgeCron when the retention job runs (default every night at 03:30)
 * @param zone the time zone of local dates and times in files, and of months in reports
 * @param maxPerRequest encounters one {@code POST /api/encounters} may carry (files go through the import)
 */
@ConfigurationProperties("allervers.encounters")
public record EncounterProperties(Period retention, String purgeCron, ZoneId zone, Integer maxPerRequest) {

    public EncounterProperties {
        retention = retention == null ? Period.ofMonths(24) : retention;
        purgeCron = purgeCron == null ? "0 30 3 * * *" : purgeCron;
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
        maxPerRequest = maxPerRequest == null ? 1000 : maxPerRequest;
    }
}
