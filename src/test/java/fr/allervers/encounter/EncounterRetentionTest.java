package fr.allervers.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.allervers.geo.Geometries;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.OrganisationRepository;

/** The nightly purge deletes encounters older than the retention period and keeps the monthly counts. */
@DatabaseTest
class EncounterRetentionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    EncounterStore store;
    @Autowired
    EncounterRetention retention;
    @Autowired
    EncounterService service;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oldEncountersArePurgedAndTheirMonthlyCountsStay() {
        Consortium consortium = currentConsortium.get();
        String team = organisations.findByConsortiumOrderByName(consortium).get(0).getId().toString();
        // 30 months ago, as if stored when they were recent (the API refuses dates beyond retention).
        LocalDate day = LocalDate.now(PARIS).minusMonths(30).withDayOfMonth(10);
        YearMonth month = YearMonth.from(day);
        List<EncounterDraft> old = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            old.add(new EncounterDraft(i + 1, day.atTime(10, i).atZone(PARIS).toInstant(),
                    Geometries.point(-1.55 + i * 0.001, 47.22), team, EncounterContext.OTHER, null,
                    EncounterCategory.YOUNG_16_25, EncounterOutcome.SIGNED_UP, null, 1 + i));
        }
        Instant recent = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        EncounterDraft kept = new EncounterDraft(5, recent, Geometries.point(-1.55, 47.22), team,
                EncounterContext.OTHER, null, EncounterCategory.YOUNG_16_25, EncounterOutcome.SIGNED_UP, null, 1);
        old.add(kept);
        store.save(old, consortium, EncounterSource.API);
        List<EncounterService.MonthlyCount> before = service.monthly(month, month);

        int deleted = retention.purge(Instant.now());

        assertThat(deleted).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE met_at < ?", Integer.class,
                java.time.OffsetDateTime.now().minusMonths(24))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE met_at = ?", Integer.class,
                recent.atOffset(java.time.ZoneOffset.UTC))).isEqualTo(1);
        List<EncounterService.MonthlyCount> after = service.monthly(month, month);
        assertThat(after).isEqualTo(before);
        assertThat(after).anySatisfy(count -> {
            assertThat(count.category()).isEqualTo(EncounterCategory.YOUNG_16_25);
            assertThat(count.outcome()).isEqualTo(EncounterOutcome.SIGNED_UP);
            assertThat(count.encounters()).isGreaterThanOrEqualTo(4);
            assertThat(count.people()).isGreaterThanOrEqualTo(1 + 2 + 3 + 4);
        });
        jdbc.update("DELETE FROM encounter WHERE met_at = ?", recent.atOffset(java.time.ZoneOffset.UTC));
    }
}
