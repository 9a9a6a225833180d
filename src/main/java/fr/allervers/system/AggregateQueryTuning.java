package fr.allervers.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings for one transaction that aggregates many rows (the heatmap), on PostgreSQL; nothing on H2.
 * <p>
 * The JDBC driver turns a statement run five times into a server-side prepared statement, and PostgreSQL then
 * plans it once for any parameters: that generic plan guesses one matching row, sorts instead of hashing, and the
 * sort of 80,000 encounters spills to disk under the default 4 MB work_mem — measured 85 ms where the plan made for
 * the actual viewport takes 45 ms. So the aggregate is planned for its parameters each time (a millisecond), and
 * given the memory to group in a hash table.
 */
@Component
public class AggregateQueryTuning {

    private static final String WORK_MEM = "32MB";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    AggregateQueryTuning(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = "PostgreSQL".equalsIgnoreCase(product);
    }

    /** Applies to the current transaction only (SET LOCAL): the connection goes back to the pool as it came. */
    public void applyToCurrentTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("aggregate query tuning needs a transaction to scope it");
        }
        if (postgres) {
            jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            jdbc.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
        }
    }
}
