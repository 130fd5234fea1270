-- Which brands may use a product. The house owns shared stock but sells no box of its own.
CREATE TABLE catalog_eligibility (
    sku         VARCHAR(64) NOT NULL REFERENCES catalog_product (sku),
    brand_code  VARCHAR(32) NOT NULL REFERENCES catalog_brand (code) CHECK (brand_code <> 'house'),
    PRIMARY KEY (sku, brand_code)
);

CREATE INDEX catalog_eligibility_brand ON catalog_eligibility (brand_code, sku);

-- A brand's share of house stock of one product: units ring-fenced for it, and the most it may hold.
CREATE TABLE catalog_quota (
    brand_code      VARCHAR(32) NOT NULL REFERENCES catalog_brand (code) CHECK (brand_code <> 'house'),
    sku             VARCHAR(64) NOT NULL REFERENCES catalog_product (sku),
    reserved_units  INTEGER     NOT NULL CHECK (reserved_units >= 0),
    limit_units     INTEGER     CHECK (limit_units >= 0),
    version         BIGINT      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_code, sku),
    CHECK (limit_units IS NULL OR limit_units >= reserved_units)
);

CREATE INDEX catalog_quota_sku ON catalog_quota (sku);
