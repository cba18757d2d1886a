-- Version 7: one queue for all background work (issue "The daemon's spine").
--
-- A job is one piece of work of a kind (a store's reconcile, a profile fetch, a purge;
-- later a coupon push, a message, an automation step). A worker claims a due row by
-- setting a lease: on PostgreSQL with FOR UPDATE SKIP LOCKED, on SQLite inside the
-- file's one write transaction. A lease that expires (its instance died) makes the
-- row due again; every claim counts an attempt, so a job that kills its worker ends
-- as 'failed' too instead of looping. The worker finishes a job only while it still
-- holds the lease (lease_owner), so a late finisher cannot undo a newer claim.
--
-- unique_key names a job that must exist at most once (a periodic row, "the profile of
-- store 7"): enqueueing it again while it waits changes nothing, after it finished
-- makes it due again. A periodic job (period_ms) goes back to 'pending' one period
-- after it ran, so N instances run it once per period between them.
CREATE TABLE jobs (
    id {{pk}},
    kind TEXT NOT NULL,
    merchant_id BIGINT REFERENCES merchants (id) ON DELETE CASCADE,
    unique_key TEXT UNIQUE,
    payload TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    run_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    period_ms BIGINT,
    lease_owner TEXT,
    lease_expires_at BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending';
CREATE INDEX jobs_leases ON jobs (lease_expires_at) WHERE status = 'running';
CREATE INDEX jobs_finished ON jobs (updated_at) WHERE status IN ('done', 'failed');

-- What happened in a store, in our words, recorded in the transaction that made it
-- happen (an order created, its status changed, a cart abandoned or bought, a coupon
-- used, a customer created, a store authorized). Subscribers (automations,
-- attribution, counters) are job kinds: recording an event enqueues one job per
-- subscriber in the same transaction, so none is lost and none runs for an event that
-- rolled back.
CREATE TABLE domain_events (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_id BIGINT, -- our id of the order, cart, customer or coupon
    payload TEXT NOT NULL DEFAULT '{}',
    occurred_at BIGINT NOT NULL, -- Salla's time of it
    created_at BIGINT NOT NULL
);
CREATE INDEX domain_events_merchant ON domain_events (merchant_id, kind, occurred_at);
