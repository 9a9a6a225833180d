-- A consortium's short code ends the user names its admins create (marie.dupont@portes-du-sud): user names are
-- unique on the platform, so without it an admin who picked a name already used by another consortium would learn
-- that this person has an account there. Given when the consortium's admins first create an account.
ALTER TABLE consortium ADD COLUMN code VARCHAR(40);
CREATE UNIQUE INDEX consortium_code ON consortium (code);
