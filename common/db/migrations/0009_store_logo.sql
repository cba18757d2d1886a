-- Version 9: the store's logo as Salla's user-info gives it (merchant.avatar), for the
-- console's header. Empty until the profile is read.
ALTER TABLE merchants ADD COLUMN avatar_url TEXT NOT NULL DEFAULT '';
