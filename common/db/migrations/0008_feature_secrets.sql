-- Version 8: feature settings that are secrets (a provider's API key, an access
-- token). They never sit in merchant_features.settings_json, which travels on the
-- change feed and in every answer: each is sealed with the token cipher (AES-256-GCM,
-- "feature_secret:<store>:<feature>:<field>" as associated data, so a sealed value
-- cannot be moved to another store or field) in a row of its own. Answers say only
-- whether one is set.
CREATE TABLE feature_secrets (
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    feature_key TEXT NOT NULL,
    field TEXT NOT NULL,
    sealed {{blob}} NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (merchant_id, feature_key, field)
);
