-- Version 13: WhatsApp (issue "Notifications and automations end to end").
--
-- `payload` is what a channel sends besides the texts, fixed with them at the first
-- attempt: for WhatsApp the approved template's name, language, body values and link
-- button value ({"template", "language", "body": [..], "button"}). Status webhooks name
-- a message by the provider's id (wamid), hence its index.
ALTER TABLE messages ADD COLUMN payload TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_provider_message ON messages (merchant_id, provider_message_id);

-- WhatsApp's customer-service window: free-form text may go to a number only within
-- 24 hours of its last message to the store (providers/REFERENCE.md §1.3).
CREATE TABLE whatsapp_windows (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    phone TEXT NOT NULL,          -- 9665… digits
    last_inbound_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, phone)
);
