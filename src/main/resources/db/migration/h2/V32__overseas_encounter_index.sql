-- The overseas heatmap and demand score search by (consortium, grid, x, y), as the metropolitan ones do by
-- (consortium, x_l93, y_l93).
CREATE INDEX idx_encounter_overseas ON encounter (consortium_id, grid_epsg, x_grid, y_grid);
