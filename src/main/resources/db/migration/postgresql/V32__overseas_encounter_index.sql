-- The overseas counterpart of idx_encounter_column (V12): keyed by grid, 1 km column of x and y, with what the heatmap
-- sums included, so that an overseas viewport is an index-only scan too. Partial: metropolitan rows (grid_epsg NULL)
-- stay out of it, and the queries name their grid as a literal (EncounterGridColumns) so that the planner may use it.
CREATE INDEX idx_encounter_overseas ON encounter (consortium_id, grid_epsg, FLOOR(x_grid / 1000), y_grid)
    INCLUDE (x_grid, met_epoch, people, category) WHERE grid_epsg IS NOT NULL;
