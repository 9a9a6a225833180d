package fr.allervers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.allervers.imports.ImportCommand;
import fr.allervers.security.CreateUserCommand;

/**
 * The service, or a command line tool when the first argument names one ({@code import}, {@code create-user}; see
 * docs/command-line.md). A tool starts without the web server and without what belongs to the running service
 * ({@link fr.allervers.system.ServerOnly}): no demo loading, no plan recovery, no scheduled job. Flyway still
 * migrates the database first, so a tool works on an empty one. It exits 0 when done, 2 when it refused the
 * input (the reason in French on stderr) and 1 when it could not run (database unreachable…).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllerVersApplication {

    /** The command line tools, each with the check of its arguments that needs nothing started. */
    static final Map<String, Function<ApplicationArguments, Optional<String>>> COMMANDS = Map.of(
            "import", ImportCommand::refusal,
            "create-user", CreateUserCommand::refusal);

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            System.exit(runCommand(args));
        }
        new SpringApplication(AllerVersApplication.class).run(args);
    }

    private static int runCommand(String[] args) {
        Optional<String> refusal = COMMANDS.get(args[0]).apply(new DefaultApplicationArguments(args));
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            return 2;
        }
        SpringApplication application = new SpringApplication(AllerVersApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Lazy: only the beans the command uses are built: no solver pools, no road graph, no controllers.
        application.setDefaultProperties(Map.of("allervers.cli.command", args[0],
                "spring.main.lazy-initialization", "true",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN"));
        try {
            return SpringApplication.exit(application.run(args));
        } catch (RuntimeException e) {
            System.err.println("Commande « " + args[0] + " » interrompue : " + causes(e));
            return 1;
        }
    }

    /**
     * The last two distinct messages of the chain: the one that names what failed (the driver's "Connection to
     * host:port refused…") and its root. Spring has logged the whole chain above.
     */
    private static String causes(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return String.join(" (", messages.subList(Math.max(0, messages.size() - 2), messages.size()))
                + (messages.size() > 1 ? ")" : "");
    }
}
