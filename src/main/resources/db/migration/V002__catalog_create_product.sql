CREATE TABLE catalog_product (
    sku                 VARCHAR(64)  PRIMARY KEY CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    name                VARCHAR(200) NOT NULL,
    category            VARCHAR(32)  NOT NULL,
    ingredients         TEXT[]       NOT NULL DEFAULT '{}',
    min_remaining_days  INTEGER      NOT NULL CHECK (min_remaining_days BETWEEN 0 AND 3650),
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'DISCONTINUED')),
    new_product         BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX catalog_product_category ON catalog_product (category, sku);
CREATE INDEX catalog_product_status ON catalog_product (status, sku);
