package fr.allervers.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.allervers.geo.MetricGrid;

class EncounterGridColumnsTest {

    @Test
    void lambert93ReadsTheColumnsItAlwaysDidWithNoFurtherCondition() {
        EncounterGridColumns columns = EncounterGridColumns.of(MetricGrid.LAMBERT_93);
        assertThat(columns.x()).isEqualTo("x_l93");
        assertThat(columns.y()).isEqualTo("y_l93");
        assertThat(columns.gridCondition()).isEmpty();
        assertThat(columns.columnPredicate()).isEqualTo(Lambert93Columns.PREDICATE);
        assertThat(columns.and(List.of(840.0))).isEqualTo(Lambert93Columns.and(List.of(840.0)));
    }

    @Test
    void anOverseasGridReadsItsOwnColumnsOfItsOwnRows() {
        EncounterGridColumns columns = EncounterGridColumns.of(MetricGrid.ANTILLES_UTM_20N);
        assertThat(columns.gridCondition()).isEqualTo(" AND grid_epsg = 5490");
        assertThat(columns.and(List.of(656.0))).isEqualTo(" AND FLOOR(x_grid / 1000) IN (:xColumns)");
        assertThat(columns.and(List.of())).isEmpty();
        assertThat(EncounterGridColumns.between(656_200, 658_000)).containsExactly(656.0, 657.0, 658.0);
    }
}
