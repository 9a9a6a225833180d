package fr.allervers.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public files in {@code ../shared/geodata}, read in place: they are never copied into the project.
 * Without them a local run skips the test, but CI (the CI variable set) fails loudly.
 */
public final class SharedGeodata {

    private SharedGeodata() {
    }

    public static Path file(String relative) {
        Path root = Path.of(System.getProperty("allervers.shared", "../shared")).toAbsolutePath().normalize();
        Path file = root.resolve("geodata").resolve(relative);
        if (!Files.isRegularFile(file)) {
            String message = "shared data missing: " + file + " (expected ../shared beside the project)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            assumeTrue(false, message);
        }
        return file;
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
