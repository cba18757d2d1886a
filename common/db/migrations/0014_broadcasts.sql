-- Version 14: broadcasts (issue "Notifications and automations end to end").
--
-- A broadcast is one message to a segment of the store's shoppers at a time the
-- merchant picked (often a season's moment: the first day of Ramadan after iftar).
-- At `send_at` a planning job writes one message per shopper it reaches, in batches,
-- `cursor` the last customer planned so a restart goes on where it stopped; each
-- message carries the broadcast's id for its report and its cancel.
CREATE TABLE broadcasts (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    segment TEXT NOT NULL CHECK (segment IN ('everyone', 'recent_buyers', 'lapsed', 'never_bought')),
    segment_days INTEGER NOT NULL DEFAULT 0,
    channels TEXT NOT NULL,          -- in order of preference: "whatsapp,email"
    language TEXT NOT NULL DEFAULT 'ar',
    coupon_id BIGINT,
    send_at BIGINT NOT NULL,
    occasion TEXT NOT NULL DEFAULT '', -- the season and moment picked ("ramadan_start:after_iftar"), for the console's words
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sending', 'sent', 'cancelled')),
    cursor BIGINT NOT NULL DEFAULT 0,
    planned INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (merchant_id, id)
);
CREATE INDEX broadcasts_merchant_send ON broadcasts (merchant_id, send_at);
ALTER TABLE messages ADD COLUMN broadcast_id BIGINT;
CREATE INDEX messages_broadcast ON messages (merchant_id, broadcast_id, status);
