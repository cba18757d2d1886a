-- Version 12: notifications end to end (issue "Notifications and automations end to end").
--
-- The messages table of version 1 was never written, so it is made again in its real
-- shape. A message is a row before it is a send: an automation step writes it with
-- the time it is due, a `message.send` job sends it, and a purchase cancels what is
-- still waiting. `idempotency_key` names the reason it exists ("abandoned_cart:cart:42:
-- step:0:email"), so an event seen twice makes one message. The composed texts are
-- kept from the first attempt on: a retry sends the same bytes.
DROP TABLE messages;
CREATE TABLE messages (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    automation TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'push')),
    language TEXT NOT NULL DEFAULT 'ar',
    marketing BOOLEAN NOT NULL,
    customer_id BIGINT,
    cart_id BIGINT,
    order_id BIGINT,         -- the order it is about (an update), or that followed it (a recovery)
    coupon_id BIGINT,
    recipient TEXT NOT NULL, -- an email address, 9665… digits, or a push subscription's id
    step INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN (
        'scheduled', 'sending', 'sent', 'delivered', 'read', 'failed', 'cancelled', 'skipped', 'unknown')),
    due_at BIGINT NOT NULL,
    idempotency_key TEXT NOT NULL,
    subject TEXT,
    body_text TEXT,
    body_html TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    provider TEXT,
    provider_message_id TEXT,
    reason TEXT,             -- why it failed, was skipped or cancelled, in our words
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    delivered_at BIGINT,
    opened_at BIGINT,
    clicked_at BIGINT,
    updated_at BIGINT NOT NULL,
    UNIQUE (merchant_id, id),
    UNIQUE (merchant_id, idempotency_key)
);
CREATE INDEX messages_merchant_created ON messages (merchant_id, created_at);
CREATE INDEX messages_cart ON messages (merchant_id, cart_id, status);
CREATE INDEX messages_recipient_sent ON messages (merchant_id, recipient, sent_at);
CREATE INDEX messages_customer_clicked ON messages (merchant_id, customer_id, clicked_at);

-- Every try of a message with the provider's answer.
CREATE TABLE message_attempts (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL,
    attempt INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'temporary', 'rejected', 'configuration', 'unknown')),
    provider TEXT NOT NULL,
    code TEXT,               -- the provider's code (an SMTP reply, an error number)
    detail TEXT,
    started_at BIGINT NOT NULL,
    finished_at BIGINT NOT NULL,
    FOREIGN KEY (merchant_id, message_id) REFERENCES messages (merchant_id, id) ON DELETE CASCADE
);
CREATE INDEX message_attempts_message ON message_attempts (merchant_id, message_id);

-- Whether a shopper may get marketing on a channel. The row is the current answer,
-- consent_events every change with its source and the words shown (PDPL: keep proof
-- of each opt-in and opt-out). `address` is the email in lower case or the phone as
-- 9665… digits.
CREATE TABLE consents (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'push')),
    address TEXT NOT NULL,
    granted BOOLEAN NOT NULL,
    source TEXT NOT NULL,    -- storefront_form, one_click_unsubscribe, unsubscribe_page, merchant, whatsapp_131050 …
    changed_at BIGINT NOT NULL,
    UNIQUE (merchant_id, channel, address)
);
CREATE TABLE consent_events (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    granted BOOLEAN NOT NULL,
    source TEXT NOT NULL,
    wording TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL
);
CREATE INDEX consent_events_address ON consent_events (merchant_id, address, occurred_at);

-- Links in sent messages, each behind an unguessable token: a click (GET /r/{token})
-- is recorded and sent on to the stored address only (no open redirect), the open
-- pixel and the unsubscribe link name their message the same way.
CREATE TABLE message_links (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('click', 'open', 'unsubscribe')),
    url TEXT NOT NULL DEFAULT '',
    hits BIGINT NOT NULL DEFAULT 0,
    first_hit_at BIGINT,
    created_at BIGINT NOT NULL,
    FOREIGN KEY (merchant_id, message_id) REFERENCES messages (merchant_id, id) ON DELETE CASCADE
);
CREATE INDEX message_links_message ON message_links (merchant_id, message_id);

-- A store's own templates, over the gallery's defaults (messages/DefaultTemplates):
-- `name` is the automation. The email's button words are the action.
ALTER TABLE templates ADD COLUMN action TEXT NOT NULL DEFAULT '';

-- What a cart held, as Salla sends it ([{product_id, quantity}]), for "٤ منتجات".
ALTER TABLE abandoned_carts ADD COLUMN items TEXT NOT NULL DEFAULT '[]';
