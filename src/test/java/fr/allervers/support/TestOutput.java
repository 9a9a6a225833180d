package fr.allervers.support;

import java.nio.file.Path;

/**
 * Where a test writes files it keeps after the run. The H2GIS and PostGIS runs of the database tests go on side by
 * side (scripts/test.sh), so each database gets its own place under {@code target/}: the same test class writing
 * the same file from both runs at once would read back the other's half-written copy.
 */
public final class TestOutput {

    private TestOutput() {
    }

    /** {@code target/<name>} on H2GIS, {@code target/postgis/<name>} on PostGIS. */
    public static Path path(String name) {
        return TestDatabase.isPostgres() ? Path.of("target", "postgis", name) : Path.of("target", name);
    }
}
