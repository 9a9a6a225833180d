package fr.allervers.encounter;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes encounters older than the retention period ({@code allervers.encounters.retention}, 24 months by
 * default) every night. The monthly counts are kept: they were maintained as encounters came in.
 */
@Component
public class EncounterRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EncounterRetention.class);

    private final EncounterRepository encounters;
    private final EncounterProperties properties;

    EncounterRetention(EncounterRepository encounters, EncounterProperties properties) {
        this.encounters = encounters;
        this.properties = properties;
    }

    @Scheduled(cron = "${allervers.encounters.purge-cron:0 30 3 * * *}")
    public void purgeNow() {
        purge(Instant.now());
    }

    /** @return how many encounters were deleted: those met before {@code now} minus the retention period */
    @Transactional
    public int purge(Instant now) {
        Instant cutoff = now.atZone(properties.zone()).minus(properties.retention()).toInstant();
        int deleted = encounters.deleteOlderThan(cutoff);
        if (deleted > 0) {
            LOG.info("Retention: {} encounters met before {} deleted (monthly counts kept)", deleted, cutoff);
        }
        return deleted;
    }
}
