package fr.allervers.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.allervers.support.SharedGeodata;

/**
 * The command line scenarios on the embedded default (H2 + H2GIS), in a file of its own (ALLERVERS_H2_URL) so that
 * nothing touches the project's ./data. The QPV come in as a user without a running service gets them:
 * scripts/fetch-geodata.sh finds no service and falls back to the packaged jar's import command.
 */
class EmbeddedDatabaseCommandLineIT extends CommandLineScenarios {

    @Override
    CommandLineDatabase database() throws Exception {
        return CommandLineDatabase.h2(Files.createTempDirectory(work, "h2"));
    }

    @Override
    String importQpvOf69(PackagedJar jar, CommandLineDatabase database) throws Exception {
        Path zip = work.resolve("qpv-2024.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson"));
            out.write(SharedGeodata.bytes("qpv/qpv2024-69.geojson"));
            out.closeEntry();
        }
        Path communes = SharedGeodata.file("communes/communes-69-rhone.geojson").toAbsolutePath();
        String noService;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            noService = "http://127.0.0.1:" + socket.getLocalPort(); // closed below: nothing answers there
        }

        ProcessBuilder script = new ProcessBuilder("bash", "scripts/fetch-geodata.sh", "69", noService)
                .redirectErrorStream(true).redirectOutput(work.resolve("fetch-geodata.log").toFile());
        script.environment().keySet().removeIf(name -> name.startsWith("ALLERVERS_") || name.startsWith("SPRING_"));
        script.environment().put("LC_ALL", "C.UTF-8");
        script.environment().putAll(database.environment());
        script.environment().put("COMMUNES_URL", communes.toUri().toString());
        script.environment().put("QPV_URL", zip.toUri().toString());
        script.environment().put("ALLERVERS_DOWNLOADS", work.resolve("downloads").toString());
        Process process = script.start();
        try (OutputStream ignored = process.getOutputStream()) {
            assertThat(process.waitFor(8, TimeUnit.MINUTES)).as("fetch-geodata.sh still running").isTrue();
        }
        String output = Files.readString(work.resolve("fetch-geodata.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("communes-69.geojson : 278 créé(s), 0 mis à jour, 0 inchangé(s)");
        return output;
    }
}
