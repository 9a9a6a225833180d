-- Communes and QPV are reference data shared by every consortium of a deployment: only a platform operator may
-- import them, so that no consortium rewrites what another one sees. The first account of an empty deployment is
-- the operator (a single consortium still sets itself up alone); on a deployment that already has accounts, its
-- oldest account becomes the operator.
ALTER TABLE app_user ADD COLUMN platform_operator BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE app_user SET platform_operator = TRUE WHERE id = (SELECT MIN(id) FROM app_user);
