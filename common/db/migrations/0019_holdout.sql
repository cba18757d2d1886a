-- Version 19: control groups, for the lift reports (issue "Reports and attribution").
--
-- Attribution says which tool an order came through; it cannot say whether the order
-- would have happened anyway. Each holding tool keeps a share of shoppers back
-- (reports/Holdout.h: a stable hash of the shopper) and the Reports page compares what
-- the two groups bought.
--
-- An automation's experiment: one row per shopper that came into it (a cart left, a
-- subscriber joined, a customer lapsed), held back or treated, written where the
-- automation decides; what the shopper bought in the window after `exposed_at` is its
-- outcome. `updated_at` moves when an order of the shopper lands in the window, so the
-- rollup republishes the unit's day.
CREATE TABLE holdout_units (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    tool TEXT NOT NULL,              -- abandoned_cart, welcome, win_back
    unit_key TEXT NOT NULL,          -- cart:<id>, subscriber:<id>, customer:<id>:after_order:<id>
    held_back SMALLINT NOT NULL,     -- 1: nothing was sent to the shopper
    customer_id BIGINT,              -- the shopper as a customer, when known
    email TEXT,                      -- else by address (a subscriber who is not a customer yet)
    exposed_at BIGINT NOT NULL,      -- when the shopper came into it (both groups alike)
    window_ms BIGINT NOT NULL,       -- orders in [exposed_at, exposed_at + window_ms) are its outcome
    day TEXT NOT NULL,               -- the Riyadh date of exposed_at
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, tool, unit_key)
);
CREATE INDEX holdout_units_day ON holdout_units (merchant_id, day);
CREATE INDEX holdout_units_customer ON holdout_units (merchant_id, customer_id, exposed_at);
CREATE INDEX holdout_units_email ON holdout_units (merchant_id, email, exposed_at);
CREATE INDEX holdout_units_updated ON holdout_units (updated_at);

-- A storefront tool's experiment: the visit keeps which holding tools were on when it
-- began and which of them held this shopper back (bits of reports/Holdout.h), nothing
-- of the hash itself; a visitor-day is the unit.
ALTER TABLE visitor_sessions ADD COLUMN tools_on INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visitor_sessions ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0;

-- The visitor an order came from (that day's id, from the order's own address and
-- browser), so the visit's group finds its orders.
ALTER TABLE attributions ADD COLUMN visitor_id TEXT;
CREATE INDEX attributions_visitor ON attributions (merchant_id, day, visitor_id);
