-- Brands that draw on the warehouse: the house (owner of shared stock), its box lines and partners.
CREATE TABLE catalog_brand (
    code                VARCHAR(32)  PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,31}$'),
    name                VARCHAR(120) NOT NULL,
    kind                VARCHAR(16)  NOT NULL CHECK (kind IN ('HOUSE', 'HOUSE_BOX', 'PARTNER')),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    min_remaining_days  INTEGER      CHECK (min_remaining_days BETWEEN 0 AND 3650),
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Exactly one house, with the reserved code.
CREATE UNIQUE INDEX catalog_brand_one_house ON catalog_brand (kind) WHERE kind = 'HOUSE';
ALTER TABLE catalog_brand ADD CONSTRAINT catalog_brand_house_code CHECK ((kind = 'HOUSE') = (code = 'house'));

INSERT INTO catalog_brand (code, name, kind) VALUES ('house', 'snaq.me shared stock', 'HOUSE');
