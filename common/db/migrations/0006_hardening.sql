-- Version 6: what an outside probe of the daemon found (issue "Hardening").

-- Older Salla data must not replace newer. Salla promises no delivery order and sends a
-- refused webhook again minutes later, after newer ones. source_at is Salla's own time
-- of the state a row holds (epoch ms): the status history's created_at, else the
-- record's updated_at, else the time Salla sent the event, and for a record reconcile
-- fetched the fetch time. An upsert applies a state only when it is not older.
-- NULL means not known (rows from before version 6, a cart's short customer), and any
-- dated state replaces it.
ALTER TABLE orders ADD COLUMN source_at BIGINT;
ALTER TABLE customers ADD COLUMN source_at BIGINT;
ALTER TABLE abandoned_carts ADD COLUMN source_at BIGINT;

-- An idempotent replay answers with the first answer's headers too (its ETag above
-- all): one JSON object of name -> value. The request hash now covers If-Match.
ALTER TABLE idempotency_keys ADD COLUMN response_headers TEXT NOT NULL DEFAULT '{}';
