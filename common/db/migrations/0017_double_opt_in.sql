-- Version 17: double opt-in for the storefront's email collector (issue "Storefront
-- widgets end to end").
--
-- With the collector's `double_opt_in` on, a sign-up is not a subscriber yet: it waits
-- here, with everything the shopper gave and the words they agreed to, until they press
-- the button behind the link in the confirmation email. Only then is the subscriber
-- made, with their consent (and a number's, if they gave one) — in one transaction, so
-- the list holds no address whose owner did not confirm it. A row unconfirmed after
-- seven days is deleted (RetentionSweep): it is personal data kept for one purpose.
CREATE TABLE subscriber_confirmations (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,      -- 128 random bits, base64url: the link's /c/{token}
    name TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'ar',
    source TEXT NOT NULL,
    wording TEXT NOT NULL,           -- what the shopper agreed to, with the page
    phone TEXT,                      -- 9665xxxxxxxx, when they gave a number
    phone_channels TEXT NOT NULL DEFAULT '[]', -- JSON: the channels the number was offered for
    phone_wording TEXT,
    message_id BIGINT,               -- the confirmation email
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    UNIQUE (merchant_id, email)
);
CREATE INDEX subscriber_confirmations_created ON subscriber_confirmations (merchant_id, created_at);
