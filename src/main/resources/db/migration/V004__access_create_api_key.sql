-- API keys. Only a SHA-256 hash of the secret is kept; the secret is shown once, at creation.
CREATE TABLE access_api_key (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    role        VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'PARTNER', 'ASSIGNER')),
    brand_code  VARCHAR(32)  REFERENCES catalog_brand (code),
    key_hash    VARCHAR(64)  NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    key_prefix  VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    revoked_at  TIMESTAMPTZ,
    CHECK ((role = 'PARTNER') = (brand_code IS NOT NULL))
);


