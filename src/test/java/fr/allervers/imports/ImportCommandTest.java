package fr.allervers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.StandardStreams;
import fr.allervers.support.StandardStreams.Captured;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.PlaceRepository;

/**
 * {@code import} in process, for what the packaged-jar tests (commandline.*IT) do not go through: the consortium of a
 * consortium's own list, and each refusal of the arguments.
 */
@DatabaseTest
class ImportCommandTest {

    @Autowired
    ImportService imports;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    PlaceRepository places;
    @TempDir
    Path work;

    @Test
    void aConsortiumsListGoesToTheNamedConsortiumWhichMustBeNamedWhenThereAreSeveral() throws Exception {
        String name = TestTenants.consortiumName(ImportCommandTest.class);
        Consortium consortium = consortia.findByName(name).orElseThrow();
        Path file = Files.writeString(work.resolve("lieux.csv"), """
                ref;nom;type;lon;lat;camion;ouverture
                CLI-1;Place de l'essai;place publique;4,8500;45,7080;oui;lun-ven
                CLI-2;Marché de l'essai;marché;4,8890;45,7060;oui;mar-am sam-am
                """, StandardCharsets.UTF_8);

        Outcome imported = run("import", "places", file.toString(), "--consortium=" + name);
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.captured().out())
                .isEqualTo(file + " : 2 créé(s), 0 mis à jour, 0 inchangé(s), 0 réparé(s)\n");
        assertThat(places.findByConsortium(consortium)).extracting(place -> place.getRef())
                .contains("CLI-1", "CLI-2");

        // Every test class has its own consortium: which one is meant cannot be guessed.
        assertRefused(run("import", "places", file.toString()),
                "Import refusé : plusieurs consortiums : précisez --consortium=\"Nom\" (consortiums : ");
    }

    @Test
    void eachRefusalSaysWhyInFrenchAndExitsWithTwo() throws Exception {
        Path file = Files.writeString(work.resolve("lieux.csv"), """
                ref;nom;type;lon;lat;camion;ouverture
                CLI-REFUS;Place refusée;place publique;4,8500;45,7080;oui;lun-ven
                """, StandardCharsets.UTF_8);
        assertRefused(run("import", "places", file.toString(), "--consortium=Consortium inexistant"),
                "Import refusé : consortium inconnu : « Consortium inexistant » (consortiums : ");
        assertRefused(run("import", "places", work.resolve("absent.csv").toString()),
                "Import refusé : fichier introuvable : " + work.resolve("absent.csv"));
        assertRefused(run("import", "qpv", file.toString(), "--crs=Lambert"),
                "Import refusé : système de coordonnées non reconnu : « Lambert »");
        assertRefused(run("import", "écoles", file.toString()),
                "Import refusé : type d'import inconnu : « écoles »");
        assertRefused(run("import", "qpv"), "Import refusé : usage : import <communes|qpv|places|hotels|staff|vans|encounters>");
        assertRefused(run("import", "qpv", file.toString(), "--department"),
                "Import refusé : --department demande une valeur");
        assertThat(places.findAll()).noneMatch(place -> place.getRef().equals("CLI-REFUS"));
    }

    private record Outcome(int exitCode, Captured captured) {
    }

    private Outcome run(String... arguments) throws Exception {
        ImportCommand command = new ImportCommand(imports, consortia);
        Captured captured = StandardStreams.capture("", () -> command.run(new DefaultApplicationArguments(arguments)));
        return new Outcome(command.getExitCode(), captured);
    }

    private static void assertRefused(Outcome outcome, String message) {
        assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(2);
        assertThat(outcome.captured().err()).as(outcome.toString()).startsWith(message);
        assertThat(outcome.captured().out()).as(outcome.toString()).isEmpty();
    }
}
