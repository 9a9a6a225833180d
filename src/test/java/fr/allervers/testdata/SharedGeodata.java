package fr.allervers.testdata;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared, read-only data files that sit beside the project checkout ({@code ../shared/geodata}). They are
 * never copied into the repository. On CI a missing file is a failure; on a laptop without it the test is skipped.
 */
public final class SharedGeodata {

    private SharedGeodata() {
    }

    /** Resolves {@code relative} under the shared geodata folder, failing (CI) or skipping (local) when absent. */
    public static Path require(String relative) {
        Path file = root().resolve(relative).normalize();
        if (!Files.isReadable(file)) {
            String message = "Shared data file missing: " + file.toAbsolutePath();
            if (System.getenv("CI") != null) {
                fail(message + " (CI is set, so this is an error, not a skip)");
            }
            assumeTrue(false, message);
        }
        return file;
    }

    /** Overridable with -Dallervers.geodata=...; otherwise ../shared/geodata from the Maven project directory. */
    static Path root() {
        String override = System.getProperty("allervers.geodata");
        if (override != null) {
            return Path.of(override);
        }
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).toAbsolutePath().resolve("../shared/geodata");
    }
}
