-- Version 15: Web Push (issue "Notifications and automations end to end"; the storefront
-- issue subscribes shoppers, this one sends).
--
-- A browser's subscription as PushSubscription.toJSON() gives it: the push service's
-- endpoint and the keys the message is encrypted to (RFC 8291). `gone_at` is set when
-- the push service answers 404 or 410: it is never written to again.
CREATE TABLE push_subscriptions (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL,
    p256dh TEXT NOT NULL,            -- base64url, the browser's P-256 public key
    auth TEXT NOT NULL,              -- base64url, its 16-byte secret
    customer_id BIGINT,
    language TEXT NOT NULL DEFAULT 'ar',
    created_at BIGINT NOT NULL,
    last_sent_at BIGINT,
    gone_at BIGINT,
    UNIQUE (merchant_id, id),
    UNIQUE (merchant_id, endpoint)
);
CREATE INDEX push_subscriptions_customer ON push_subscriptions (merchant_id, customer_id);

-- The daemon's VAPID key (RFC 8292): one for every store and every daemon on the
-- database, so each instance signs as the same application server; the private key
-- sealed with the token key, as Salla's tokens are.
CREATE TABLE push_keys (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    private_key_enc {{blob}} NOT NULL,
    public_key TEXT NOT NULL,        -- base64url, 65-byte uncompressed point: the browser's applicationServerKey
    created_at BIGINT NOT NULL
);

-- The language a subscriber joined in (the storefront's), for the welcome and what follows.
ALTER TABLE subscribers ADD COLUMN language TEXT NOT NULL DEFAULT 'ar';
