package fr.allervers.commandline;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new, empty database for the packaged jar, as a first install has: how the jar is pointed at it (environment and
 * arguments, as docs/command-line.md says) and a plain JDBC connection for the test to see what was written.
 */
public abstract class CommandLineDatabase implements AutoCloseable {

    public abstract Map<String, String> environment();

    public abstract List<String> arguments();

    public abstract Connection connect() throws SQLException;

    /** Runs a {@code SELECT COUNT(*)}; never while a process of the jar holds an embedded database open. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
    }

    /** The embedded default (H2 + H2GIS) in a file of its own, given through ALLERVERS_H2_URL. */
    static CommandLineDatabase h2(Path directory) {
        String url = "jdbc:h2:file:" + directory.resolve("allervers").toAbsolutePath();
        return new CommandLineDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("ALLERVERS_H2_URL", url);
            }

            @Override
            public List<String> arguments() {
                return List.of();
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }
        };
    }

    /**
     * A new database on the PostgreSQL server named by ALLERVERS_DB_URL/USER/PASSWORD (the throw-away PostGIS of
     * scripts/test.sh), used with the {@code postgres} profile, dropped on {@link #close()}. Without those variables
     * the test is skipped, except in CI where they are always set: there it fails.
     */
    public static CommandLineDatabase emptyPostgres() throws SQLException {
        String serverUrl = System.getenv("ALLERVERS_DB_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            String message = "ALLERVERS_DB_URL not set: no PostgreSQL to run the command line on"
                    + " (scripts/test.sh starts a throw-away PostGIS and sets it)";
            if (System.getenv("CI") != null) {
                fail(message + " (CI is set, so this is an error, not a skip)");
            }
            assumeTrue(false, message);
        }
        String user = System.getenv().getOrDefault("ALLERVERS_DB_USER", "allervers");
        String password = System.getenv().getOrDefault("ALLERVERS_DB_PASSWORD", "");
        Matcher parts = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)").matcher(serverUrl);
        if (!parts.matches()) {
            fail("ALLERVERS_DB_URL is not a jdbc:postgresql://host:port/database URL: " + serverUrl);
        }
        String name = "allervers_cli_" + Long.toUnsignedString(System.nanoTime(), 36);
        String url = parts.group(1) + name + parts.group(3);
        try (Connection server = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new CommandLineDatabase() {
            @Override
            public Map<String, String> environment() {
                return Map.of("ALLERVERS_DB_URL", url, "ALLERVERS_DB_USER", user, "ALLERVERS_DB_PASSWORD", password);
            }

            @Override
            public List<String> arguments() {
                return List.of("--spring.profiles.active=postgres");
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public void close() throws SQLException {
                try (Connection server = DriverManager.getConnection(serverUrl, user, password);
                        Statement statement = server.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        };
    }
}
