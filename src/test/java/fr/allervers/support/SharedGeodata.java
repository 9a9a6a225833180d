package fr.allervers.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public files in {@code ../shared/geodata}, read in place: they are never copied into the project.
 * Without them a local run skips the test, but CI (the CI variable set) fails loudly.
 *
 * <p>The folder is {@code -Dallervers.geodata=…} when given, else {@code geodata} under
 * {@code -Dallervers.shared=…}, else {@code ../shared/geodata} beside the Maven project directory.
 */
public final class SharedGeodata {

    private SharedGeodata() {
    }

    /** The shared file at {@code relative}, failing (CI) or skipping (local run) the test when it is absent. */
    public static Path file(String relative) {
        Path file = root().resolve(relative).normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            String message = "shared data missing: " + file + " (expected ../shared beside the project)";
            if (System.getenv("CI") != null) {
                fail(message + " (CI is set, so this is an error, not a skip)");
            }
            assumeTrue(false, message);
        }
        return file;
    }

    /** Same as {@link #file(String)}; the name reads better where the file is a precondition of the test. */
    public static Path require(String relative) {
        return file(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        String geodata = System.getProperty("allervers.geodata");
        if (geodata != null) {
            return Path.of(geodata).toAbsolutePath().normalize();
        }
        String shared = System.getProperty("allervers.shared");
        if (shared != null) {
            return Path.of(shared).toAbsolutePath().resolve("geodata").normalize();
        }
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir).toAbsolutePath().resolve("../shared/geodata").normalize();
    }
}
