-- Version 2: what webhook intake and Salla tokens need besides the main tables.

-- Facts about this installation, not about a tenant: e.g. the fingerprint of the
-- key that encrypts Salla tokens, so a daemon started with another key is stopped
-- before it writes or reads garbage.
CREATE TABLE installation_facts (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Where an event came from in the order's or cart's own terms, for the console's
-- activity view and for reconcile to know what it already has.
CREATE INDEX events_merchant_type ON events (merchant_id, event_type, id);
