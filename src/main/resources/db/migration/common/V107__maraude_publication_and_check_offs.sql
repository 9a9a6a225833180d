-- Maraude plans are published to the field like permanence plans (issue #15): a draft is the coordinator's, and
-- field accounts only read, export and check off published plans.
ALTER TABLE maraude_plan ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

-- Each team checks off its own stops with what happened there; only VISITED stops count as a hotel's last visit
-- (for the next plans) and in the funders' « hôtels visités ». Undone check-offs set these back to NULL.
ALTER TABLE maraude_visit ADD COLUMN check_outcome VARCHAR(16);
ALTER TABLE maraude_visit ADD COLUMN checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE maraude_visit ADD COLUMN checked_by VARCHAR(100);
CREATE INDEX idx_maraude_visit_checked ON maraude_visit (plan_id, check_outcome);

-- Plans made before this version had no draft: every field account read them, so the solved ones stay in the
-- field's hands as published plans.
UPDATE maraude_plan SET published_at = COALESCE(solved_at, created_at) WHERE status = 'DONE';

-- « Tournée effectuée » declared every stop of a plan done at once: what was declared is kept, as a VISITED
-- check-off of each planned stop at the date of the declaration, before the old column goes.
UPDATE maraude_visit SET check_outcome = 'VISITED',
       checked_at = (SELECT p.carried_out_at FROM maraude_plan p WHERE p.id = maraude_visit.plan_id)
 WHERE round_id IS NOT NULL
   AND plan_id IN (SELECT p.id FROM maraude_plan p WHERE p.carried_out_at IS NOT NULL);
ALTER TABLE maraude_plan DROP COLUMN carried_out_at;
