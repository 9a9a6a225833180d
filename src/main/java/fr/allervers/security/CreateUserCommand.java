package fr.allervers.security;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.allervers.system.CommandOptions;
import fr.allervers.territory.ConsortiumRepository;

/**
 * Creates an account from the command line — how the first admin of a PostgreSQL deployment is made:
 * {@code java -jar aller-vers.jar create-user <username> <ADMIN|COORDINATOR|FIELD|FUNDER> --consortium="Nom"
 * [--organisation="Structure"] [--password-stdin] [--platform-operator]}. The consortium is created when new. The
 * first account of an empty deployment is always a platform operator; {@code --platform-operator} makes another
 * one (whoever runs the command already holds the database). The password is read from
 * standard input with {@code --password-stdin}, else from {@code ALLERVERS_NEW_PASSWORD}, else asked twice on the
 * console; never from the arguments, which stay in the shell history and the process list.
 * Exit code 0 when created, 2 when refused (nothing written).
 */
@Component
@ConditionalOnProperty(name = "allervers.cli.command", havingValue = "create-user")
public class CreateUserCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String PASSWORD_VARIABLE = "ALLERVERS_NEW_PASSWORD";
    private static final String REFUSED = "Compte non créé : ";
    private static final String USAGE = "usage : create-user <identifiant> <ADMIN|COORDINATOR|FIELD|FUNDER>"
            + " --consortium=\"Nom\" [--organisation=\"Structure\"] [--password-stdin] [--platform-operator]"
            + "  (mot de passe : --password-stdin, " + PASSWORD_VARIABLE + " ou saisie au clavier)";

    private final Accounts accounts;
    private final ConsortiumRepository consortia;
    private int exitCode;

    CreateUserCommand(Accounts accounts, ConsortiumRepository consortia) {
        this.accounts = accounts;
        this.consortia = consortia;
    }

    /**
     * The refusal of the arguments alone, in French, if any. Also asked before the application starts (see
     * {@code AllerVersApplication}), so that a mistyped role is answered at once, not after the database is opened.
     */
    public static Optional<String> refusal(ApplicationArguments args) {
        try {
            Request.of(args);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(REFUSED + e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Request request = Request.of(args);
            boolean newConsortium = consortia.findByName(request.consortium()).isEmpty();
            AppUser user = accounts.createInConsortium(request.username(), password(request.passwordOnStandardInput()),
                    request.role(), request.consortium(), request.organisation(), request.platformOperator());
            System.out.printf("Compte « %s » (%s) créé dans le consortium « %s »%s.%n", user.getUsername(),
                    request.role(), request.consortium(), newConsortium ? " (nouveau)" : "");
            if (user.isPlatformOperator()) {
                System.out.println("Ce compte est opérateur de la plateforme : il importe les communes et les QPV"
                        + " partagés par tous les consortiums.");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(REFUSED + e.getMessage());
            exitCode = 2;
        }
    }

    /** What the arguments ask for. */
    private record Request(String username, Role role, String consortium, String organisation,
            boolean passwordOnStandardInput, boolean platformOperator) {

        static Request of(ApplicationArguments args) {
            List<String> words = args.getNonOptionArgs();
            String consortium = CommandOptions.single(args, "consortium");
            if (words.size() != 3 || consortium == null) {
                throw new IllegalArgumentException(USAGE);
            }
            if (args.containsOption("password")) {
                throw new IllegalArgumentException("le mot de passe ne se donne pas dans les arguments (il resterait"
                        + " dans l'historique et la liste des processus) : utilisez --password-stdin, "
                        + PASSWORD_VARIABLE + " ou la saisie au clavier");
            }
            return new Request(words.get(1), roleNamed(words.get(2)), consortium, CommandOptions.single(args, "organisation"),
                    args.containsOption("password-stdin"), args.containsOption("platform-operator"));
        }
    }

    private static Role roleNamed(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rôle inconnu « " + name + " » : ADMIN, COORDINATOR, FIELD ou FUNDER");
        }
    }

    private static String password(boolean fromStandardInput) {
        if (fromStandardInput) {
            return standardInput();
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("pas de console pour saisir le mot de passe : donnez-le sur l'entrée"
                    + " standard avec --password-stdin, ou dans " + PASSWORD_VARIABLE);
        }
        char[] first = console.readPassword("Mot de passe : ");
        char[] second = console.readPassword("Le même, encore : ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("les deux saisies du mot de passe diffèrent");
        }
        return new String(first);
    }

    /** The first line of standard input, as {@code printf '%s' "$PW" | …} or {@code … < file} give it. */
    private static String standardInput() {
        try {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty()) {
                throw new IllegalArgumentException("aucun mot de passe sur l'entrée standard (--password-stdin)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
