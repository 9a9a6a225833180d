-- A plan is a draft until the coordinator publishes it: only then do field accounts get it in « Ma journée » and
-- as calendars. Re-planning takes it back to draft (published_at NULL) until it is checked and published again.
ALTER TABLE permanence_plan ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
