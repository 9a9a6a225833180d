-- Administration of a consortium by its admins.

-- A member organisation that left the consortium is archived, never deleted: accounts, staff and encounters
-- recorded for it still name it, but it is no longer offered for new ones.
ALTER TABLE organisation ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;

-- A password set by an admin (reset, or a new account's first one) is temporary: its owner must choose their own
-- before doing anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Raised when an account's password is reset or changed, or the account is disabled: a browser session opened
-- before carries the old number and ends at its next request.
ALTER TABLE app_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
