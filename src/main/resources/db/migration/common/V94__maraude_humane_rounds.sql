-- Fair, humane rounds that repeat (issue 15): the plan's rules (lunch break, limits of teams on foot, workload
-- balance), the named people of each team, the lunch break of each round, and series of visits to one place over
-- a horizon of days (a hotel's frequency across days). Plans stored before have no rules: they are solved as before.

-- Up to 31 ISO dates separated by commas.
ALTER TABLE maraude_plan ALTER COLUMN dates SET DATA TYPE VARCHAR(400);
ALTER TABLE maraude_plan ADD COLUMN lunch_from TIME;
ALTER TABLE maraude_plan ADD COLUMN lunch_to TIME;
ALTER TABLE maraude_plan ADD COLUMN lunch_minutes INTEGER;
ALTER TABLE maraude_plan ADD COLUMN max_walking_metres BIGINT;
ALTER TABLE maraude_plan ADD COLUMN max_foot_minutes INTEGER;
ALTER TABLE maraude_plan ADD COLUMN balance_weight INTEGER;

-- The people of a team, in the order given. Staff are archived, never deleted, so a plan keeps naming them.
CREATE TABLE maraude_team_member (
    team_id  BIGINT NOT NULL REFERENCES maraude_team (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (team_id, position)
);
CREATE INDEX idx_maraude_team_member_staff ON maraude_team_member (staff_id);

-- Seconds from midnight of the plan's first day, like the stops' times; after_stops: stops made before the break.
ALTER TABLE maraude_round ADD COLUMN lunch_start BIGINT;
ALTER TABLE maraude_round ADD COLUMN lunch_end BIGINT;
ALTER TABLE maraude_round ADD COLUMN lunch_after_stops INTEGER;

-- A visit that is one occurrence of a series (the same hotel every 7 days over four weeks): the series' key, the
-- occurrence's rank from 1, and the frequency in days.
ALTER TABLE maraude_visit ADD COLUMN series_key VARCHAR(64);
ALTER TABLE maraude_visit ADD COLUMN occurrence INTEGER;
ALTER TABLE maraude_visit ADD COLUMN every_days INTEGER;
