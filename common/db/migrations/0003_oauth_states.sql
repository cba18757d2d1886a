-- Version 3: Custom Mode OAuth. A state value is handed out with each authorize
-- redirect and must come back, once, before it expires (CSRF protection, RFC 6749 §10.12).
CREATE TABLE oauth_states (
    state TEXT PRIMARY KEY,
    redirect_uri TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX oauth_states_expiry ON oauth_states (expires_at);
