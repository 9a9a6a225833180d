package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.StandardStreams;
import fr.allervers.support.StandardStreams.Captured;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.ConsortiumRepository;

/**
 * {@code create-user} in process, for what the packaged-jar tests (commandline.*IT) do not go through: the password
 * on standard input, an existing consortium and organisation, and each refusal, which writes nothing.
 */
@DatabaseTest
class CreateUserCommandTest {

    private static final String REFUSED_CONSORTIUM = "Consortium refusé (create-user)";

    @Autowired
    Accounts accounts;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAccountJoinsAnExistingConsortiumWithThePasswordFromStandardInput() throws Exception {
        String consortium = TestTenants.consortiumName(CreateUserCommandTest.class);
        Outcome outcome = run("assez-long-cli\n", "create-user", "Cli.Coordination", "coordinator",
                "--consortium=" + consortium, "--organisation=Association CLI", "--password-stdin");

        assertThat(outcome.exitCode()).as(outcome.toString()).isZero();
        assertThat(outcome.captured().out()).isEqualTo("Compte « cli.coordination » (COORDINATOR) créé dans le"
                + " consortium « " + consortium + " ».\n");
        transactions.executeWithoutResult(tx -> {
            AppUser user = users.findByUsernameIgnoreCase("cli.coordination").orElseThrow();
            assertThat(encoder.matches("assez-long-cli", user.getPasswordHash())).isTrue();
            assertThat(user.getRole()).isEqualTo(Role.COORDINATOR);
            assertThat(user.getConsortium().getName()).isEqualTo(consortium);
            assertThat(user.getOrganisation().getName()).isEqualTo("Association CLI");
        });
    }

    @Test
    void eachRefusalSaysWhyInFrenchExitsWithTwoAndWritesNothing() throws Exception {
        String consortium = "--consortium=" + REFUSED_CONSORTIUM;
        String taken = TestTenants.username(CreateUserCommandTest.class, Role.FIELD);
        assertRefused(run("assez-long-1\n", "create-user", taken, "FIELD", consortium, "--password-stdin"),
                "Compte non créé : l'identifiant « " + taken + " » existe déjà");
        assertRefused(run("assez-long-1\n", "create-user", "x", "FIELD", consortium, "--password-stdin"),
                "Compte non créé : identifiant invalide");
        assertRefused(run("", "create-user", "cli.vide", "FIELD", consortium, "--password-stdin"),
                "Compte non créé : aucun mot de passe sur l'entrée standard (--password-stdin)");
        assertRefused(run("", "create-user", "cli.argument", "FIELD", consortium, "--password=assez-long-1"),
                "Compte non créé : le mot de passe ne se donne pas dans les arguments");
        assertRefused(run("assez-long-1\n", "create-user", "cli.chef", "CHEF", consortium, "--password-stdin"),
                "Compte non créé : rôle inconnu « CHEF » : ADMIN, COORDINATOR, FIELD ou FUNDER");
        assertRefused(run("", "create-user", "cli.sans-role", consortium),
                "Compte non créé : usage : create-user <identifiant> <ADMIN|COORDINATOR|FIELD|FUNDER>");
        assertRefused(run("", "create-user", "cli.sans-consortium", "FIELD", "--consortium"),
                "Compte non créé : --consortium demande une valeur");

        assertThat(consortia.findByName(REFUSED_CONSORTIUM)).isEmpty();
        assertThat(users.findByUsernameIgnoreCase("x")).isEmpty();
        assertThat(users.findByUsernameIgnoreCase("cli.vide")).isEmpty();
        assertThat(users.findByUsernameIgnoreCase("cli.argument")).isEmpty();
        assertThat(users.findByUsernameIgnoreCase("cli.chef")).isEmpty();
    }

    private record Outcome(int exitCode, Captured captured) {
    }

    private Outcome run(String standardInput, String... arguments) throws Exception {
        CreateUserCommand command = new CreateUserCommand(accounts, consortia);
        Captured captured = StandardStreams.capture(standardInput,
                () -> command.run(new DefaultApplicationArguments(arguments)));
        return new Outcome(command.getExitCode(), captured);
    }

    private static void assertRefused(Outcome outcome, String message) {
        assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(2);
        assertThat(outcome.captured().err()).as(outcome.toString()).startsWith(message);
        assertThat(outcome.captured().out()).as(outcome.toString()).isEmpty();
    }
}
