package fr.allervers.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.ortools.Loader;

import fr.allervers.bench.PermanenceBenchmark.Row;
import fr.allervers.permanence.solver.CpSatPermanenceModel;

/**
 * The permanence benchmark's medium line, run short (CP-SAT 3 s, OptaPlanner 1 s): CP-SAT's best bound holds for
 * OptaPlanner's plan, so that the gap the full run prints is an honest upper bound, and a plan CP-SAT finds (there
 * may be none yet: presolving the medium model alone takes seconds) re-scores to the objective it claims under
 * OptaPlanner's own constraints (the benchmark throws otherwise).
 */
class PermanenceBenchmarkBoundTest {

    @Test
    void cpSatBoundOnTheMediumInstanceHoldsForOptaPlannersPlan() {
        String whyNot = null;
        try {
            Loader.loadNativeLibraries();
        } catch (LinkageError e) {
            whyNot = "OR-Tools' native library does not load on this machine: " + e;
        }
        assumeTrue(whyNot == null, whyNot);

        List<Row> rows = PermanenceBenchmark.run(new String[] {"--sizes=medium", "--cp-medium-seconds=3",
                "--opta-seconds=1"});

        assertThat(rows).extracting(Row::instance).allMatch(i -> i.startsWith("medium#1"));
        CpSatPermanenceModel.Result exact = rows.stream().map(Row::exact).filter(e -> e != null).findFirst()
                .orElseThrow();
        if (exact.hasPlan()) {
            assertThat(exact.objectiveBound()).isLessThanOrEqualTo(exact.objective());
            assertThat(exact.softBoundAt(exact.medium())).isGreaterThanOrEqualTo(exact.soft());
        }
        Row cpRow = rows.stream().filter(r -> r.exact() != null).findFirst().orElseThrow();
        assertThat(cpRow.method()).startsWith("CP-SAT 3 s (");
        Row opta = rows.get(rows.size() - 1);
        assertThat(opta.method()).startsWith("OptaPlanner 1 s");
        assertThat(opta.score().hardScore()).isZero();
        if (exact.hasBound()) {
            // The bound holds for every plan, OptaPlanner's included, whatever its medium score.
            assertThat((long) -opta.score().mediumScore()).isGreaterThanOrEqualTo(exact.fewestMissedVisits());
            assertThat((long) opta.score().softScore())
                    .isLessThanOrEqualTo(exact.softBoundAt(opta.score().mediumScore()));
            if (opta.score().mediumScore() == -exact.fewestMissedVisits()) {
                assertThat(opta.gap()).matches("≤ \\d+\\.\\d\\d % \\(bound\\)");
            }
        } else {
            assertThat(opta.gap()).isEmpty();
        }
    }
}
