-- Version 5: the console's sign-in and its safe retries.
--
-- A browser sign-in (RFC 8252): the console opens /signin with a PKCE challenge and a
-- loopback redirect; the merchant proves the store by a one-time emailed link; the
-- console trades the resulting code, with its verifier, for a device token
-- (console_devices, version 1). Link and code are stored only as SHA-256 hashes and
-- each is good once, until expires_at.
CREATE TABLE signin_requests (
    id TEXT PRIMARY KEY, -- random handle carried by the page's form
    redirect_uri TEXT NOT NULL,
    client_state TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT 'ar',
    merchant_id BIGINT REFERENCES merchants (id) ON DELETE CASCADE,
    link_hash {{blob}} UNIQUE,
    code_hash {{blob}} UNIQUE,
    status TEXT NOT NULL DEFAULT 'started' CHECK (status IN ('started', 'emailed', 'approved', 'exchanged')),
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX signin_requests_expiry ON signin_requests (expires_at);

-- Custom Mode stores may sign in through Salla's own OAuth instead of the emailed
-- link: the OAuth state then names the console sign-in it serves.
ALTER TABLE oauth_states ADD COLUMN signin_request TEXT;

-- Idempotency-Key: the first answer to a console mutation, replayed for a retry.
CREATE TABLE idempotency_keys (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    idem_key TEXT NOT NULL,
    request_hash {{blob}} NOT NULL, -- SHA-256 of method, path and body
    status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
