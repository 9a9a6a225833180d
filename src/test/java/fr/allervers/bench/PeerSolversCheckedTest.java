package fr.allervers.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.ortools.Loader;

import fr.allervers.bench.VrptwChecker.Verdict;
import fr.allervers.maraude.bench.SolomonInstance;
import fr.allervers.support.SharedGeodata;

/**
 * The benchmark's one checker judges the three solvers' answers on a tiny instance (the depot and the first 12
 * customers of C101, 3 vehicles), one second each: all three must be feasible and serve everyone.
 */
class PeerSolversCheckedTest {

    @TempDir
    Path dir;

    private Path tinyC101() throws IOException {
        List<String> lines = Files.readAllLines(SharedGeodata.require("solomon/C101.txt"));
        int header = 0;
        while (!lines.get(header).trim().startsWith("CUST NO")) {
            header++;
        }
        String text = "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  3         200\n\n"
                + String.join("\n", lines.subList(header - 1, header + 2 + 13)) + "\n";
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, text);
        return file;
    }

    private Verdict solveAndCheck(PeerSolver solver) throws Exception {
        Path file = tinyC101();
        SolomonInstance instance = SolomonInstance.read(file);
        assertThat(instance.customers()).hasSize(13);
        VrptwChecker checker = VrptwChecker.read(file);
        Verdict verdict = checker.check(solver.solve(instance, 1));
        assertThat(verdict.violations()).as(solver.name()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
        assertThat(verdict.vehicles()).isBetween(1, 3);
        return verdict;
    }

    @Test
    void theRoundEngineAnswerPassesTheChecker() throws Exception {
        solveAndCheck(new RoundEnginePeer());
    }

    @Test
    void jspritAnswerPassesTheChecker() throws Exception {
        solveAndCheck(new JspritPeer());
    }

    @Test
    void orToolsAnswerPassesTheChecker() throws Exception {
        String whyNot = null;
        try {
            Loader.loadNativeLibraries();
        } catch (LinkageError e) {
            whyNot = "OR-Tools' native library does not load on this machine: " + e;
            System.err.println(whyNot);
        }
        assumeTrue(whyNot == null, whyNot);
        solveAndCheck(new OrToolsPeer());
    }

    @Test
    void theCheckerCatchesLateArrivalsMissingCustomersAndOverload() throws Exception {
        VrptwChecker checker = VrptwChecker.read(tinyC101());
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, 12).boxed().collect(Collectors.toList());

        Verdict oneRoute = checker.check(List.of(all));
        Verdict missing = checker.check(List.of(List.of(5, 3, 7)));
        Verdict twice = checker.check(List.of(all, List.of(1)));

        assertThat(oneRoute.feasible()).isFalse();
        assertThat(oneRoute.violations()).anyMatch(v -> v.contains("after due"));
        assertThat(missing.violations()).contains("9 customers not served");
        assertThat(twice.violations()).contains("customer 1 visited twice");
    }
}
