-- Version 18: what each tool brought in (issue "Reports and attribution").
--
-- One row per order, written in the transaction that records the order and kept in
-- step with it there: `source` is decided once, when the order first arrives (the
-- coupon it used; else the last message clicked or opened within the store's windows;
-- else the email collector or the purchase toast in the shopper's visit; else none),
-- and never changes; `counted_halalas` follows the order's status (a cancel, a refund,
-- a refused cash-on-delivery order bring it to zero, a restore back). So the sum over
-- attributions is the sum over counted orders by construction, and a report never has
-- to re-decide anything. The earlier `attributions` table was never written.
DROP TABLE attributions;
CREATE TABLE attributions (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    order_id BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('coupon', 'message', 'collector', 'toast', 'none')),
    coupon_id BIGINT,                -- source coupon: ours, by the order's code
    message_id BIGINT,               -- source message: the one clicked or opened
    automation TEXT,                 -- the message's automation (abandoned_cart, broadcast, welcome …)
    channel TEXT,                    -- the message's channel
    touch TEXT,                      -- click or open (a message), submit (collector), click (toast)
    touched_at BIGINT,               -- when the touch that earned it happened
    cart_id BIGINT,                  -- a recovered cart: the abandoned cart the message was about
    day TEXT NOT NULL,               -- the Riyadh date of the order, YYYY-MM-DD
    ordered_at BIGINT NOT NULL,
    total_halalas BIGINT NOT NULL,   -- the order's total with VAT, as Salla last told it
    counted_halalas BIGINT NOT NULL, -- what counts now: the total, or 0 (cancelled, refunded, COD not delivered)
    vat_halalas BIGINT NOT NULL,     -- the VAT in counted_halalas
    status TEXT NOT NULL,            -- the order's status this row last followed
    attributed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, order_id),
    FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, id) ON DELETE CASCADE
);
CREATE INDEX attributions_day ON attributions (merchant_id, day, source);

-- What the report rollup last sent on the change feed for a store's Riyadh day
-- (SalesDay as JSON): a day goes on the feed again only when it moved.
CREATE TABLE sales_days (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, day)
);

-- The rollup reads messages by the day they went and carts by the day they were left.
CREATE INDEX messages_merchant_sent ON messages (merchant_id, sent_at);
CREATE INDEX abandoned_carts_merchant_abandoned ON abandoned_carts (merchant_id, abandoned_at);

-- The rollup's high-water marks: the latest attributions.updated_at a pass has read,
-- so the next pass republishes only the days whose orders moved since.
CREATE TABLE rollup_marks (
    name TEXT PRIMARY KEY,
    mark BIGINT NOT NULL
);
CREATE INDEX attributions_updated ON attributions (updated_at);
