-- Version 16: the storefront's visitor data, live counter and latest-purchase toast
-- (issue "Storefront widgets end to end").
--
-- A visitor id is no longer a random id kept in the shopper's browser (there are no
-- cookies and nothing is kept): it is SHA-256 over the day's salt, the store, the
-- address and the user agent, cut to 32 hex digits (Plausible's model). The salt
-- lives here so that every daemon on one database computes the same id; a new day
-- writes a new salt and deletes the old ones, after which yesterday's ids cannot be
-- computed again by anyone.
CREATE TABLE visitor_salts (
    day TEXT PRIMARY KEY,            -- the Riyadh date the salt serves, YYYY-MM-DD
    salt TEXT NOT NULL,              -- 32 random bytes, hex
    created_at BIGINT NOT NULL
);

-- What a session came with (its first page's) and where it is now: the live counter
-- counts sessions seen in the last five minutes, on the store and on one product.
ALTER TABLE visitor_sessions ADD COLUMN utm_source TEXT;
ALTER TABLE visitor_sessions ADD COLUMN utm_medium TEXT;
ALTER TABLE visitor_sessions ADD COLUMN utm_campaign TEXT;
ALTER TABLE visitor_sessions ADD COLUMN language TEXT;
ALTER TABLE visitor_sessions ADD COLUMN current_path TEXT;
ALTER TABLE visitor_sessions ADD COLUMN current_product BIGINT;
CREATE INDEX visitor_sessions_product_live ON visitor_sessions (merchant_id, current_product, last_seen_at);

-- A page view, or an event on a page (a product viewed, an item added to the cart, an
-- order completed, a widget clicked): `kind` says which, `name` the event's.
ALTER TABLE page_views ADD COLUMN kind TEXT NOT NULL DEFAULT 'pageview';
ALTER TABLE page_views ADD COLUMN name TEXT;
ALTER TABLE page_views ADD COLUMN product_id BIGINT;

-- The order's first product as the latest-purchase toast shows it: its name, picture
-- and page (Salla's own addresses). Nothing else of the items is kept.
ALTER TABLE orders ADD COLUMN product_name TEXT;
ALTER TABLE orders ADD COLUMN product_image TEXT;
ALTER TABLE orders ADD COLUMN product_url TEXT;

-- A session's start, for the day it counts in (the Visitors report's visits by day).
CREATE INDEX visitor_sessions_started ON visitor_sessions (merchant_id, started_at);

-- What the rollup last sent on the change feed for a store's Riyadh day (VisitorDay as
-- JSON): a day goes on the feed again only when it moved.
CREATE TABLE visitor_days (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    day TEXT NOT NULL,               -- YYYY-MM-DD, Riyadh
    payload_json TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, day)
);
