package fr.allervers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestDatabase;

/** The heatmap's planner settings hold for its own transaction and leave the pooled connection as it was. */
@DatabaseTest
class AggregateQueryTuningTest {

    @Autowired
    AggregateQueryTuning tuning;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onPostgresTheTransactionIsPlannedForItsParametersWithRoomToHash() {
        if (!TestDatabase.isPostgres()) {
            // On H2 nothing may be sent: PostgreSQL's SET LOCAL is a syntax error there, so a wrong detection of
            // the database throws here.
            transactions.executeWithoutResult(status -> tuning.applyToCurrentTransaction());
            return;
        }
        String before = transactions.execute(status -> show("plan_cache_mode") + " " + show("work_mem"));
        String[] inside = transactions.execute(status -> {
            tuning.applyToCurrentTransaction();
            return new String[] {show("plan_cache_mode"), show("work_mem")};
        });
        assertThat(inside).containsExactly("force_custom_plan", "32MB");
        String after = transactions.execute(status -> show("plan_cache_mode") + " " + show("work_mem"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void refusesToRunOutsideATransactionWhereTheSettingWouldOutliveTheQuery() {
        assertThatIllegalStateException().isThrownBy(tuning::applyToCurrentTransaction)
                .withMessageContaining("transaction");
    }

    private String show(String setting) {
        return jdbc.queryForObject("SHOW " + setting, String.class);
    }
}
