package fr.allervers.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.allervers.commandline.PackagedJar.Result;
import fr.allervers.support.SharedGeodata;

/**
 * The command line scenarios on PostgreSQL + PostGIS ({@code --spring.profiles.active=postgres}, ALLERVERS_DB_*), each
 * on a database created empty for it, without even the PostGIS extension: the tools' first run migrates it.
 */
class PostgresCommandLineIT extends CommandLineScenarios {

    @Override
    CommandLineDatabase database() throws Exception {
        return CommandLineDatabase.emptyPostgres();
    }

    @Override
    String importQpvOf69(PackagedJar jar, CommandLineDatabase database) throws Exception {
        String file = SharedGeodata.file("qpv/qpv2024-69.geojson").toAbsolutePath().toString();
        Result imported = jar.run("import", "qpv", file, "--department=69");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).as(imported.toString()).startsWith(file + " : ");
        return imported.out();
    }
}
