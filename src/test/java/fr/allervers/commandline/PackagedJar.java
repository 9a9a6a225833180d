package fr.allervers.commandline;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The packaged application, {@code target/aller-vers-<version>.jar}, run as its own process exactly as a user runs it
 * ({@code java -jar …}): a command line tool, or the service on a free loopback port. Needs {@code package} first,
 * hence the {@code *IT} tests of the failsafe plugin ({@code mvn verify}).
 */
public final class PackagedJar {

    /** Generous: a command takes ~10 s on a quiet 2-core machine, several times that on a loaded one. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final AtomicInteger RUNS = new AtomicInteger();

    /**
     * The launch docs/command-line.md advises for a one-off command: the quick compiler only, which spends about 40 %
     * less CPU on a command that lasts seconds. The service is started without it, as it runs for days.
     */
    private static final List<String> ONE_OFF_COMMAND = List.of("-XX:TieredStopAtLevel=1");

    /** What a command printed and how it ended. */
    public record Result(List<String> command, int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "java -jar … " + String.join(" ", command) + " → exit " + exitCode + "\n--- stdout ---\n" + out
                    + "\n--- stderr ---\n" + err;
        }
    }

    private final Path jar;
    private final Path workDirectory;
    private final Map<String, String> environment;
    private final List<String> databaseArguments;

    /**
     * @param workDirectory the processes' working directory (a temporary one: nothing lands in the project's ./data)
     * @param environment added to the inherited environment, e.g. the database's ALLERVERS_* variables
     * @param databaseArguments added after every command's own arguments, e.g. {@code --spring.profiles.active=postgres}
     */
    public PackagedJar(Path workDirectory, Map<String, String> environment, List<String> databaseArguments) {
        this.jar = location();
        this.workDirectory = workDirectory;
        this.environment = environment;
        this.databaseArguments = databaseArguments;
    }

    /** The jar the build just packaged: {@code -Dallervers.jar} (set by the failsafe plugin), else target/. */
    static Path location() {
        String configured = System.getProperty("allervers.jar");
        Path jar;
        if (configured != null) {
            jar = Path.of(configured);
        } else {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(f -> f.getFileName().toString().matches("aller-vers-.*\\.jar")).findFirst()
                        .orElse(Path.of("target", "aller-vers-<version>.jar"));
            } catch (IOException e) {
                jar = Path.of("target", "aller-vers-<version>.jar");
            }
        }
        if (!Files.isRegularFile(jar)) {
            fail("packaged jar missing: " + jar.toAbsolutePath() + " (these tests run after `package`: mvn verify)");
        }
        return jar.toAbsolutePath();
    }

    public Result run(String... arguments) throws Exception {
        return run(Map.of(), null, arguments);
    }

    /**
     * Runs one command to its end.
     *
     * @param extraEnvironment for this command only (e.g. ALLERVERS_NEW_PASSWORD)
     * @param standardInput written to the process then closed; null for none (closed at once)
     */
    public Result run(Map<String, String> extraEnvironment, String standardInput, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(arguments));
        command.addAll(databaseArguments);
        int run = RUNS.incrementAndGet();
        Path out = workDirectory.resolve("command-" + run + ".out");
        Path err = workDirectory.resolve("command-" + run + ".err");
        Process process = start(ONE_OFF_COMMAND, command, extraEnvironment, out, err);
        try (OutputStream in = process.getOutputStream()) {
            if (standardInput != null) {
                in.write(standardInput.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("command still running after " + COMMAND_TIMEOUT + ": " + command + "\n" + Files.readString(err));
        }
        return new Result(List.copyOf(command), process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Starts the service on a free loopback port and waits until its health check answers.
     *
     * @param extraArguments for this server only, e.g. {@code --allervers.security.trusted-proxies=127.0.0.1}
     */
    public Server startServer(String... extraArguments) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(List.of(extraArguments));
        command.addAll(databaseArguments);
        Path log = workDirectory.resolve("server-" + RUNS.incrementAndGet() + ".log");
        Process process = start(List.of(), command, Map.of(), log, log);
        process.getOutputStream().close();
        Server server = new Server(process, port, log);
        server.awaitHealthy();
        return server;
    }

    private Process start(List<String> javaOptions, List<String> arguments, Map<String, String> extraEnvironment,
            Path out, Path err) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile());
        if (out.equals(err)) {
            builder.redirectErrorStream(true).redirectOutput(out.toFile());
        } else {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        }
        Map<String, String> env = builder.environment();
        // Only what the test says: no database or password of the developer's shell leaks in.
        env.keySet().removeIf(name -> name.startsWith("ALLERVERS_") || name.startsWith("SPRING_"));
        env.put("LC_ALL", "C.UTF-8");
        env.putAll(environment);
        env.putAll(extraEnvironment);
        return builder.start();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The service started from the jar; {@link #close()} stops it like a service manager would (SIGTERM). */
    public static final class Server implements AutoCloseable {

        private final Process process;
        private final int port;
        private final Path log;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Server(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        private void awaitHealthy() throws Exception {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the service stopped while starting (exit " + process.exitValue() + "):\n" + log());
                }
                try {
                    if (get("/actuator/health", null, null).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // keep waiting
                }
                Thread.sleep(500);
            }
            close();
            fail("the service did not answer its health check within " + START_TIMEOUT + ":\n" + log());
        }

        /** The loopback port it listens on. */
        public int port() {
            return port;
        }

        /** GET on the service, with HTTP Basic when a username is given. */
        public HttpResponse<String> get(String path, String username, String password) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60));
            if (username != null) {
                String credentials = username + ":" + password;
                request.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        public String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        /** Kills the service as {@code kill -9} would: no shutdown hook, no last write. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
