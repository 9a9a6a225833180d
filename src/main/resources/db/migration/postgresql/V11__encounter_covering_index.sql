-- On PostGIS the heatmap reads only this index (index-only scan): position, time and what it sums, no table access.
-- H2 has no INCLUDE and keeps the plain (consortium_id, x_l93, y_l93) index.
DROP INDEX idx_encounter_grid;
CREATE INDEX idx_encounter_grid ON encounter (consortium_id, x_l93, y_l93) INCLUDE (met_epoch, people, category);
