package fr.allervers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.allervers.support.SharedGeodata;

/**
 * scripts/bench-road-matrix.sh as a user runs it, at a tiny size: it builds, routes on the shared Monaco extract,
 * prints its table and finds the contracted (CH) matrix equal to one route per pair and to the one-to-many searches on
 * the base graph.
 */
class RoadMatrixBenchmarkScriptTest {

    @Test
    void printsTimesPerSizeAndAgreesWithThePointToPointMatrix() throws Exception {
        SharedGeodata.require("osm/monaco.osm.gz");
        Process process = new ProcessBuilder("bash", "scripts/bench-road-matrix.sh", "--sizes=5,10", "--runs=1",
                "--point-to-point=10", "--base-graph=10", "--maraude-visits=0").redirectErrorStream(true).start();
        try (OutputStream ignored = process.getOutputStream()) {
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the benchmark ends within 5 minutes").isTrue();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("| points | matrix ms | per row ms | matrix CPU ms | per row CPU ms |")
                .containsPattern("\\n\\| 5 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("\\n\\| 10 \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("point-to-point \\(one route per pair\\), 10 points: [0-9.]+ ms")
                .containsPattern("base graph \\(one-to-many search per source\\), 10 points: [0-9.]+ ms")
                .contains("machine: ");
        Matcher difference = Pattern.compile("largest difference over 100 pairs: (\\d+) s, ([0-9.]+) m;"
                + " same unreachable points: true").matcher(output);
        for (String reference : new String[] {"point-to-point", "base graph"}) {
            assertThat(difference.find()).as(reference + ": " + output).isTrue();
            assertThat(Long.parseLong(difference.group(1))).as(reference + " seconds").isLessThanOrEqualTo(1);
            assertThat(Double.parseDouble(difference.group(2))).as(reference + " metres").isLessThanOrEqualTo(1.0);
        }
    }
}
