-- Version 11: a record that a store's data was deleted (PDPL: deletion on request and
-- after the uninstall grace period, and the record that it was). It names the store
-- by id only and has no foreign key: it outlives the rows it speaks of.
CREATE TABLE data_deletions (
    id {{pk}},
    merchant_id BIGINT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('uninstalled', 'requested')),
    requested_at BIGINT NOT NULL,
    completed_at BIGINT NOT NULL,
    rows_deleted BIGINT NOT NULL
);
CREATE INDEX data_deletions_merchant ON data_deletions (merchant_id);
