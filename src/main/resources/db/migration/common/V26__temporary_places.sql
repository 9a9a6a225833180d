-- One-off and temporary places (a Christmas market, a summer pitch, a partner's premises during works): the planner
-- uses them only between these dates, both included. NULL: no limit on that side.
ALTER TABLE place ADD COLUMN available_from DATE;
ALTER TABLE place ADD COLUMN available_to DATE;
