package fr.allervers.security;

import java.io.Console;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;

/**
 * Creates an account from the command line — how the first admin of a PostgreSQL deployment is made:
 * {@code java -jar aller-vers.jar create-user <username> <ADMIN|COORDINATOR|FIELD|FUNDER> --consortium="Nom"
 * [--organisation="Structure"]}. The password is read from {@code ALLERVERS_NEW_PASSWORD}, or asked for on the
 * console, so it never appears in the shell history.
 */
@Component
@ConditionalOnProperty(name = "allervers.cli.command", havingValue = "create-user")
class CreateUserCommand implements ApplicationRunner, ExitCodeGenerator {

    private final Accounts accounts;
    private int exitCode;

    CreateUserCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3 || !args.containsOption("consortium")) {
            System.err.println("usage : create-user <identifiant> <ADMIN|COORDINATOR|FIELD|FUNDER> --consortium=\"Nom\""
                    + " [--organisation=\"Structure\"]  (mot de passe : ALLERVERS_NEW_PASSWORD ou saisie)");
            exitCode = 2;
            return;
        }
        try {
            Role role = Role.valueOf(words.get(2).toUpperCase(Locale.ROOT));
            Consortium consortium = accounts.consortium(args.getOptionValues("consortium").get(0));
            String organisation = args.containsOption("organisation") ? args.getOptionValues("organisation").get(0) : null;
            AppUser user = accounts.create(words.get(1), password(), role, consortium, organisation);
            System.out.printf("Compte « %s » (%s) créé dans « %s ».%n", user.getUsername(), role, consortium.getName());
        } catch (IllegalArgumentException e) {
            System.err.println("Compte non créé : " + e.getMessage());
            exitCode = 2;
        }
    }

    private static String password() {
        String fromEnvironment = System.getenv("ALLERVERS_NEW_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("pas de console : fournissez le mot de passe dans ALLERVERS_NEW_PASSWORD");
        }
        char[] password = console.readPassword("Mot de passe : ");
        return password == null ? "" : new String(password);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
