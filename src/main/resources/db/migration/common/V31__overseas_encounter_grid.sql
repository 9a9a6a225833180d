-- Overseas encounters are measured in their territory's official projection (RGR92 / UTM 40S in La Réunion, RGAF09 /
-- UTM 20N in the Antilles...: geo.MetricGrid), where Lambert-93 means nothing. x_l93 and y_l93 keep the metropolitan
-- encounters exactly as before, so that the metropolitan heatmap, its queries and its index do not change; an
-- overseas encounter leaves them NULL and stores its metres in x_grid, y_grid with the EPSG code of its grid.
ALTER TABLE encounter ALTER COLUMN x_l93 DROP NOT NULL;
ALTER TABLE encounter ALTER COLUMN y_l93 DROP NOT NULL;
ALTER TABLE encounter ADD COLUMN grid_epsg INTEGER;
ALTER TABLE encounter ADD COLUMN x_grid DOUBLE PRECISION;
ALTER TABLE encounter ADD COLUMN y_grid DOUBLE PRECISION;
-- Exactly one of the two positions is set.
ALTER TABLE encounter ADD CONSTRAINT ck_encounter_metric CHECK (
    (grid_epsg IS NULL AND x_grid IS NULL AND y_grid IS NULL AND x_l93 IS NOT NULL AND y_l93 IS NOT NULL)
    OR (grid_epsg IS NOT NULL AND x_grid IS NOT NULL AND y_grid IS NOT NULL AND x_l93 IS NULL AND y_l93 IS NULL));
