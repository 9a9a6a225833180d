-- The life of a plan after it is computed (issue 14).
--
-- Broken rules as entries a coordinator can act on: rule, sentence, permanence, day and people, as JSON written
-- by the application (broken_rules keeps one summary line per rule).
ALTER TABLE permanence_plan ADD COLUMN broken_rule_details VARCHAR(1000000);

-- Re-planning a published plan makes a new draft version: the field keeps reading the published one until the new
-- one is published. lineage_id is the first version's id, shared by all versions (calendar UIDs stay stable).
ALTER TABLE permanence_plan ADD COLUMN previous_version_id BIGINT;
ALTER TABLE permanence_plan ADD COLUMN lineage_id BIGINT;
ALTER TABLE permanence_plan ADD CONSTRAINT fk_permanence_plan_previous_version
    FOREIGN KEY (previous_version_id) REFERENCES permanence_plan (id);
CREATE INDEX idx_permanence_plan_previous_version ON permanence_plan (previous_version_id);

-- A cancelled permanence (market cancelled, square taken…) stays in the plan, shown as « annulée », never held.
ALTER TABLE plan_permanence ADD COLUMN cancel_reason VARCHAR(32);
ALTER TABLE plan_permanence ADD COLUMN cancel_comment VARCHAR(200);
ALTER TABLE plan_permanence ADD COLUMN cancelled_by VARCHAR(120);
ALTER TABLE plan_permanence ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
