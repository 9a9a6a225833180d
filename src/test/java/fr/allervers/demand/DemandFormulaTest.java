package fr.allervers.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each part is normalised by its maximum over the territory, then the score is the weighted mean. */
class DemandFormulaTest {

    private final DemandFormula.Weights weights = new DemandFormula.Weights(0.5, 0.3, 0.2);

    @Test
    void normalisesEachPartByItsMaximumThenAveragesWithTheWeights() {
        Map<String, DemandFormula.Raw> raws = new LinkedHashMap<>();
        raws.put("market", new DemandFormula.Raw(40, 3000, 0));
        raws.put("hotel street", new DemandFormula.Raw(10, 0, 60));
        raws.put("quiet square", new DemandFormula.Raw(0, 1500, 30));
        Map<String, DemandFormula.Score> scores = DemandFormula.scores(raws, weights);

        assertThat(scores.get("market").total()).isCloseTo(0.5 * 1 + 0.3 * 1 + 0.2 * 0, within(1e-9));
        assertThat(scores.get("hotel street").total()).isCloseTo(0.5 * 0.25 + 0.2 * 1, within(1e-9));
        assertThat(scores.get("quiet square").total()).isCloseTo(0.3 * 0.5 + 0.2 * 0.5, within(1e-9));
        DemandFormula.Score street = scores.get("hotel street");
        assertThat(street.encounters().raw()).isEqualTo(10);
        assertThat(street.encounters().normalised()).isEqualTo(0.25);
        assertThat(street.hotels().contribution()).isCloseTo(0.2, within(1e-9));
        assertThat(street.encounters().contribution() + street.qpv().contribution() + street.hotels().contribution())
                .isCloseTo(street.total(), within(1e-12));
    }

    @Test
    void aPartAbsentFromTheWholeTerritoryCountsZeroAndTheScoreStaysBelowOne() {
        Map<String, DemandFormula.Raw> raws = Map.of("a", new DemandFormula.Raw(5, 0, 0),
                "b", new DemandFormula.Raw(1, 0, 0));
        Map<String, DemandFormula.Score> scores = DemandFormula.scores(raws, weights);
        assertThat(scores.get("a").total()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.get("b").qpv().normalised()).isZero();
    }

    @Test
    void weightsNeedNotSumToOne() {
        Map<String, DemandFormula.Raw> raws = Map.of("only", new DemandFormula.Raw(3, 2, 1));
        assertThat(DemandFormula.scores(raws, new DemandFormula.Weights(2, 2, 2)).get("only").total())
                .isCloseTo(1.0, within(1e-12));
    }
}
