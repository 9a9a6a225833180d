package fr.allervers.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Lambert93ColumnsTest {

    @Test
    void listsEveryKilometreColumnTheRangeTouchesEndsIncluded() {
        assertThat(Lambert93Columns.between(837_250, 840_000)).containsExactly(837.0, 838.0, 839.0, 840.0);
        assertThat(Lambert93Columns.between(837_000, 837_999.9)).containsExactly(837.0);
    }

    @Test
    void leavesThePredicateOutForARegionWiderThanTwoHundredKilometres() {
        assertThat(Lambert93Columns.between(600_000, 799_999)).hasSize(200);
        assertThat(Lambert93Columns.between(600_000, 800_000)).isEmpty();
        assertThat(Lambert93Columns.and(Lambert93Columns.between(600_000, 800_000))).isEmpty();
        assertThat(Lambert93Columns.and(Lambert93Columns.between(600_000, 601_000)))
                .isEqualTo(" AND FLOOR(x_l93 / 1000) IN (:xColumns)");
    }

    @Test
    void anEmptyOrInvertedRangeHasNoColumn() {
        assertThat(Lambert93Columns.between(5_000, 4_000)).isEmpty();
        assertThat(Lambert93Columns.between(Double.NaN, 4_000)).isEmpty();
    }
}
