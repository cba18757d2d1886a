-- Version 21: SQLite's checks of a column against a list, written as comparisons
-- (issue "Intake and processing at the hardware's pace"). PostgreSQL has nothing to do.
--
-- SQLite checks `x IN ('a', 'b', 'c')` (a list of more than two) by building a
-- temporary index of the list: a b-tree and a pager opened, a page zeroed, all closed
-- again, at every INSERT, and at every UPDATE of the column. The jobs table takes
-- three such writes per job (queued, claimed, finished) and attributions one per
-- order. `x = 'a' OR x = 'b' OR ...` allows exactly the same values and is compared
-- in place. SQLite cannot change a table's checks, so these two tables are built
-- again (neither is referenced by another table, so nothing cascades when the old one
-- goes); their AUTOINCREMENT counter is carried over, so no id is ever handed out twice.

{{sqlite}} CREATE TABLE jobs_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    merchant_id BIGINT REFERENCES merchants (id) ON DELETE CASCADE,
    unique_key TEXT UNIQUE,
    payload TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status = 'pending' OR status = 'running' OR status = 'done' OR status = 'failed'),
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
{{sqlite}} INSERT INTO jobs_rebuilt (id, kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts,
        period_ms, lease_owner, lease_expires_at, last_error, created_at, updated_at)
    SELECT id, kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts,
        period_ms, lease_owner, lease_expires_at, last_error, created_at, updated_at FROM jobs;
{{sqlite}} DELETE FROM sqlite_sequence WHERE name = 'jobs_rebuilt';
{{sqlite}} INSERT INTO sqlite_sequence (name, seq) SELECT 'jobs_rebuilt', seq FROM sqlite_sequence WHERE name = 'jobs';
{{sqlite}} DROP TABLE jobs;
{{sqlite}} ALTER TABLE jobs_rebuilt RENAME TO jobs;
{{sqlite}} CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending';
{{sqlite}} CREATE INDEX jobs_leases ON jobs (lease_expires_at) WHERE status = 'running';
{{sqlite}} CREATE INDEX jobs_finished ON jobs (updated_at) WHERE status IN ('done', 'failed');
{{sqlite}} CREATE INDEX jobs_due_by_kind ON jobs (kind, run_at, id) WHERE status = 'pending';

{{sqlite}} CREATE TABLE attributions_rebuilt (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL,
    source TEXT NOT NULL
        CHECK (source = 'coupon' OR source = 'message' OR source = 'collector' OR source = 'toast' OR source = 'none'),
    coupon_id BIGINT,
    message_id BIGINT,
    automation TEXT,
    channel TEXT,
    touch TEXT,
    touched_at BIGINT,
    cart_id BIGINT,
    day TEXT NOT NULL,
    ordered_at BIGINT NOT NULL,
    total_halalas BIGINT NOT NULL,
    counted_halalas BIGINT NOT NULL,
    vat_halalas BIGINT NOT NULL,
    status TEXT NOT NULL,
    attributed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    visitor_id TEXT,
    PRIMARY KEY (merchant_id, order_id),
    FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, id) ON DELETE CASCADE
);
{{sqlite}} INSERT INTO attributions_rebuilt (merchant_id, order_id, source, coupon_id, message_id, automation, channel, touch,
        touched_at, cart_id, day, ordered_at, total_halalas, counted_halalas, vat_halalas, status, attributed_at, updated_at,
        visitor_id)
    SELECT merchant_id, order_id, source, coupon_id, message_id, automation, channel, touch,
        touched_at, cart_id, day, ordered_at, total_halalas, counted_halalas, vat_halalas, status, attributed_at, updated_at,
        visitor_id FROM attributions;
{{sqlite}} DROP TABLE attributions;
{{sqlite}} ALTER TABLE attributions_rebuilt RENAME TO attributions;
{{sqlite}} CREATE INDEX attributions_day ON attributions (merchant_id, day, source);
{{sqlite}} CREATE INDEX attributions_updated ON attributions (updated_at);
{{sqlite}} CREATE INDEX attributions_visitor ON attributions (merchant_id, day, visitor_id);
