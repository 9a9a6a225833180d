package fr.allervers.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.allervers.commandline.PackagedJar.Result;
import fr.allervers.commandline.PackagedJar.Server;
import fr.allervers.support.Api;
import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;

/**
 * What a new user does with the packaged jar on a new, empty database, run on each database by a subclass: create
 * the first admin, import the QPV, start the service and sign in; and what they get for input the tools refuse.
 * Each step is a real {@code java -jar} process (about ten seconds each), so the scenarios are few and long.
 */
abstract class CommandLineScenarios {

    static final String ADMIN = "premiere.admin@exemple.fr";
    static final String PASSWORD = "un mot de passe solide";
    static final String CONSORTIUM = "Consortium Essai";
    static final int QPV_OF_69 = 48;

    @TempDir
    Path work;

    /** A new, empty database. */
    abstract CommandLineDatabase database() throws Exception;

    /** Imports the official QPV of department 69 (at least) into the database, the way a user would; its output. */
    abstract String importQpvOf69(PackagedJar jar, CommandLineDatabase database) throws Exception;

    @Test
    void theFirstAdminOfAnEmptyDatabaseSignsInToTheService() throws Exception {
        try (CommandLineDatabase database = database()) {
            PackagedJar jar = new PackagedJar(work, database.environment(), database.arguments());

            // The README's form: the password in ALLERVERS_NEW_PASSWORD, the consortium created with the account.
            Result created = jar.run(Map.of("ALLERVERS_NEW_PASSWORD", PASSWORD), null,
                    "create-user", ADMIN, "ADMIN", "--consortium=" + CONSORTIUM);
            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.out()).as(created.toString()).contains("Compte « " + ADMIN + " » (ADMIN) créé dans le"
                    + " consortium « " + CONSORTIUM + " » (nouveau).");
            assertThat(database.count("SELECT COUNT(*) FROM app_user WHERE username = ? AND role = 'ADMIN'", ADMIN))
                    .isEqualTo(1);
            // The first account of an empty deployment owns the communes and QPV every consortium shares.
            assertThat(created.out()).contains("Ce compte est opérateur de la plateforme");
            assertThat(database.count("SELECT COUNT(*) FROM app_user WHERE platform_operator")).isEqualTo(1);

            // A second consortium's admin is not, unless the command line says so.
            Result second = jar.run(Map.of(), PASSWORD + "\n", "create-user", "admin.second", "ADMIN",
                    "--consortium=Second consortium", "--password-stdin", "--platform-operator");
            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).contains("Ce compte est opérateur de la plateforme");
            assertThat(database.count("SELECT COUNT(*) FROM app_user WHERE platform_operator")).isEqualTo(2);

            String imported = importQpvOf69(jar, database);
            assertThat(imported).contains(QPV_OF_69 + " créé(s), 0 mis à jour, 0 inchangé(s)");

            try (Server server = jar.startServer()) {
                HttpResponse<String> territories = server.get("/api/territories", ADMIN, PASSWORD);
                assertThat(territories.statusCode()).as(territories.body()).isEqualTo(200);
                assertThat(server.get("/api/territories", ADMIN, "pas le bon mot de passe").statusCode())
                        .isEqualTo(401);
                JsonNode qpv = Api.JSON.readTree(server.get("/api/layers/qpv", ADMIN, PASSWORD).body());
                assertThat(qpv.get("features").valueStream().map(f -> f.get("id").asString())
                        .filter(code -> code.startsWith("QN069"))).hasSize(QPV_OF_69);
            }
        }
    }

    @Test
    void refusedInputIsExplainedInFrenchAndWritesNothing() throws Exception {
        try (CommandLineDatabase database = database()) {
            PackagedJar jar = new PackagedJar(work, database.environment(), database.arguments());

            Result badRole = jar.run(Map.of("ALLERVERS_NEW_PASSWORD", PASSWORD), null,
                    "create-user", "chef", "CHEF", "--consortium=Consortium Refusé");
            assertThat(badRole.exitCode()).as(badRole.toString()).isEqualTo(2);
            assertThat(badRole.err()).as(badRole.toString())
                    .contains("Compte non créé : rôle inconnu « CHEF » : ADMIN, COORDINATOR, FIELD ou FUNDER");

            // The safer form for scripts: the password on standard input.
            Result shortPassword = jar.run(Map.of(), "court\n",
                    "create-user", "chef", "ADMIN", "--consortium=Consortium Refusé", "--password-stdin");
            assertThat(shortPassword.exitCode()).as(shortPassword.toString()).isEqualTo(2);
            assertThat(shortPassword.err()).as(shortPassword.toString())
                    .contains("Compte non créé : mot de passe trop court : 12 caractères au moins");
            assertThat(database.count("SELECT COUNT(*) FROM consortium")).as("consortia after the refusals").isZero();
            assertThat(database.count("SELECT COUNT(*) FROM app_user")).as("accounts after the refusals").isZero();

            byte[] qpv = SharedGeodata.bytes("qpv/qpv2024-69.geojson");
            Path truncated = Files.write(work.resolve("qpv-tronque.geojson"), Arrays.copyOf(qpv, qpv.length / 2));
            Result malformed = jar.run("import", "qpv", truncated.toString(), "--department=69");
            assertThat(malformed.exitCode()).as(malformed.toString()).isEqualTo(2);
            assertThat(malformed.err()).as(malformed.toString()).startsWith("Fichier refusé : ")
                    .contains("JSON mal formé ou tronqué (ligne ");
            assertThat(malformed.out()).as(malformed.toString()).isEmpty();
            assertThat(database.count("SELECT COUNT(*) FROM qpv")).as("QPV after the refused file").isZero();
        }
    }
}
