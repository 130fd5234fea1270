-- A subscriber's profile (DESIGN 2): what the assignment engine reads to choose each box. Lists
-- are text arrays and ratings one jsonb object (sku -> LOVE | LIKE | OK | DISLIKE), so a bulk
-- upsert writes a whole batch in one statement and the engine loads every subscriber due on a
-- date, with their history, in one statement too. SKUs in the lists are checked against the
-- catalog when written (an array cannot carry a foreign key).
CREATE TABLE subscriber_profile (
    id                    VARCHAR(64) PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$'),
    brand_code            VARCHAR(32) NOT NULL REFERENCES catalog_brand (code) CHECK (brand_code <> 'house'),
    status                VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    next_delivery_date    DATE,
    excluded_ingredients  TEXT[]      NOT NULL DEFAULT '{}',
    ng_skus               TEXT[]      NOT NULL DEFAULT '{}' CHECK (cardinality(ng_skus) <= 60),
    liked_categories      TEXT[]      NOT NULL DEFAULT '{}',
    ratings               JSONB       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(ratings) = 'object'),
    requests              TEXT[]      NOT NULL DEFAULT '{}',
    version               BIGINT      NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);

-- The engine's load: the active subscribers of some brands due on one date.
CREATE INDEX subscriber_profile_due ON subscriber_profile (next_delivery_date, brand_code)
    WHERE status = 'ACTIVE';
-- A brand's subscribers in id order (the list a partner sees).
CREATE INDEX subscriber_profile_brand ON subscriber_profile (brand_code, id);
