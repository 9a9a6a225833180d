-- A 10 km viewport is a narrow range of x but the (consortium, x, y) index then scans every row of that x range over
-- the whole department before filtering y. Splitting y into 1 km bands lets the heatmap descend the index once per
-- band (FLOOR(y_l93 / 1000) IN (...)), so it reads about the rows in view. The old index stays for the demand score.
CREATE INDEX idx_encounter_band ON encounter (consortium_id, (FLOOR(y_l93 / 1000)), x_l93)
    INCLUDE (y_l93, met_epoch, people, category);
