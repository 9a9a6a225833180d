package fr.allervers.encounter;

import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention how long an encounter is kept (default 24 months); monthly counts are kept longer
 * @param purgeCron when the retention job runs (default every night at 03:30)
 * @param zone the time zone of local dates and times in files, and of months in reports
 */
@ConfigurationProperties("allervers.encounters")
public record EncounterProperties(Period retention, String purgeCron, ZoneId zone) {

    public EncounterProperties {
        retention = retention == null ? Period.ofMonths(24) : retention;
        purgeCron = purgeCron == null ? "0 30 3 * * *" : purgeCron;
        zone = zone == null ? ZoneId.of("Europe/Paris") : zone;
    }
}
