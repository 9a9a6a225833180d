package fr.allervers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.allervers.support.SharedGeodata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planning benchmarks' scripts as a user runs them (they build what they need, then run), at a tiny size so that
 * the suite stays short: the figures they print are not checked, only that each one runs, judges and reports.
 */
class BenchmarkScriptsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void vrptwBenchPrintsOneJsonLineWithAFeasibleAnswer() throws Exception {
        Path c101 = SharedGeodata.file("solomon/C101.txt").toAbsolutePath();

        String output = run("scripts/vrptw-bench", c101.toString(), "2");

        JsonNode result = JSON.readTree(output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no JSON line in:\n" + output)));
        assertThat(result.get("instance").asString()).isEqualTo("C101");
        assertThat(result.get("feasible").asBoolean()).as(output).isTrue();
        assertThat(result.get("vehicles").asInt()).isBetween(1, 25);
        List<Integer> served = new ArrayList<>();
        result.get("routes").forEach(route -> route.forEach(customer -> served.add(customer.asInt())));
        assertThat(served).as("every customer once, numbered as in the file").hasSize(100)
                .doesNotHaveDuplicates().allMatch(customer -> customer >= 1 && customer <= 100);
    }

    @Test
    void vrptwPeersRunsTheThreeSolversAndTheChecker() throws Exception {
        Path c101 = SharedGeodata.file("solomon/C101.txt").toAbsolutePath();

        String output = run("scripts/vrptw-peers.sh", "1", c101.toString());

        assertThat(output).containsPattern("\\nC101 +aller-vers +[0-9.]+ +\\d+ yes ")
                .containsPattern("\\nC101 +jsprit-1\\.8 +[0-9.]+ +\\d+ (yes|NO) ")
                .containsPattern("\\nC101 +or-tools-9\\.15 +[0-9.]+ +\\d+ (yes|NO) ")
                .contains("mean gap to best-known");
    }

    @Test
    void permanenceBenchmarkComparesOptaPlannerWithTheBaselineAndTheExactModel() throws Exception {
        String output = run("scripts/bench-permanence.sh", "--sizes=small", "--small-seeds=1", "--opta-seconds=1",
                "--cp-seconds=5");

        assertThat(output).contains("| instance | method | hard/medium/soft | seconds | CPU seconds | gap |")
                .containsPattern("\\n\\| small#1[^|]* \\| round-robin \\|")
                .containsPattern("\\n\\| small#1[^|]* \\| OptaPlanner 1 s \\(0 hard at [0-9.]+ s\\) \\| 0hard/")
                .containsPattern("\\n\\| small#1[^|]* \\| CP-SAT ")
                .contains("machine: ");
    }

    private static String run(String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("bash"));
        arguments.addAll(List.of(command));
        // To a file, not a pipe: the solvers log a lot, and a full pipe would stop the script.
        Path log = Files.createTempFile("benchmark-script", ".log");
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (OutputStream ignored = process.getOutputStream()) {
            boolean ended = process.waitFor(300, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            assertThat(ended).as(String.join(" ", command) + " ends within 5 minutes").isTrue();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
