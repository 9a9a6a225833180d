package fr.allervers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import fr.allervers.support.SharedGeodata;
import fr.allervers.support.TestDatabase;
import fr.allervers.support.TestOutput;
import fr.allervers.territory.QpvRepository;

/**
 * scripts/fetch-geodata.sh end to end, offline: the official URLs are replaced by file:// URLs of the shared
 * files (zipped the way data.gouv.fr publishes the QPV), and the script imports into a running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class FetchGeodataScriptTest {

    @LocalServerPort
    int port;
    @Autowired
    QpvRepository qpvs;

    @Test
    void downloadsUnzipsAndImportsOneDepartment() throws Exception {
        Path work = Files.createDirectories(TestOutput.path("fetch-geodata-test")).toAbsolutePath();
        Path zip = work.resolve("qpv-2024.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson"));
            out.write(SharedGeodata.bytes("qpv/qpv2024-69.geojson"));
            out.closeEntry();
        }
        Path communes = SharedGeodata.file("communes/communes-69-rhone.geojson").toAbsolutePath();

        ProcessBuilder script = new ProcessBuilder("bash", "scripts/fetch-geodata.sh", "69", "http://127.0.0.1:" + port)
                .redirectErrorStream(true);
        script.environment().put("COMMUNES_URL", communes.toUri().toString());
        script.environment().put("QPV_URL", zip.toUri().toString());
        script.environment().put("ALLERVERS_USER", "admin"); // the demo's platform operator
        script.environment().put("ALLERVERS_PASSWORD", "demo");
        script.environment().put("ALLERVERS_DOWNLOADS", work.resolve("downloads").toString());
        Process process = script.start();
        try (OutputStream ignored = process.getOutputStream()) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"created\"");
        assertThat(qpvs.findAll().stream().filter(q -> q.getCode().startsWith("QN069")).count()).isEqualTo(48);
    }
}
