package fr.allervers.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Picks the database of a test run: H2GIS by default, PostGIS when the build runs the database tests again with
 * {@code -Dallervers.test.database=postgres} (see the {@code postgis} Maven profile and scripts/test.sh).
 */
public class TestDatabase implements ActiveProfilesResolver {

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("allervers.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[] {"postgres", "test"} : new String[] {"test", "h2mem"};
    }
}
