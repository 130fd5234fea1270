-- Webhooks (DESIGN 9): endpoints, the transactional outbox of events, one delivery per event and
-- endpoint, and every attempt of a delivery.

-- An endpoint. A partner's is bound to its brand; staff endpoints may name a brand or none (every
-- brand's events). Secrets are stored as AES-GCM ciphertext (the key is configuration); during a
-- rotation the previous secret signs alongside the new one until previous_secret_until.
CREATE TABLE webhook_endpoint (
    id                          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url                         VARCHAR(2048) NOT NULL,
    events                      TEXT[]        NOT NULL CHECK (cardinality(events) > 0),
    brand_code                  VARCHAR(32)   REFERENCES catalog_brand (code),
    owner_brand                 VARCHAR(32)   REFERENCES catalog_brand (code),
    description                 VARCHAR(500),
    active                      BOOLEAN       NOT NULL DEFAULT TRUE,
    disabled_reason             VARCHAR(500),
    failing_since               TIMESTAMPTZ,
    secret                      TEXT          NOT NULL,
    previous_secret             TEXT,
    previous_secret_until       TIMESTAMPTZ,
    created_by                  VARCHAR(64)   NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ   NOT NULL,
    updated_at                  TIMESTAMPTZ   NOT NULL,
    CHECK (owner_brand IS NULL OR owner_brand = brand_code)
);

-- The outbox: one row per statement that published events, written in the transaction of the
-- change (only while some endpoint is active), holding that statement's events as a JSON array.
-- The dispatchers relay each row once into events and deliveries and delete it, in one transaction.
CREATE TABLE webhook_outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      TIMESTAMPTZ   NOT NULL,
    events          JSONB         NOT NULL
);

-- One event to one endpoint, relayed from the outbox (the event travels with it: an event two
-- endpoints take is two rows with one event_id). brand_only: a brand's own view of an event that
-- spans brands (a run, a recall), for that brand's endpoints; endpoints that see every brand get
-- the whole event instead. A dispatcher holds the deliveries it sends locked (FOR UPDATE SKIP
-- LOCKED) in the transaction that records their outcome: a replica dying mid-delivery rolls back
-- and another sends them again (at least once; webhook-id stays the event's id).
CREATE TABLE webhook_delivery (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            UUID          NOT NULL,
    type                VARCHAR(64)   NOT NULL,
    brand_code          VARCHAR(32),
    occurred_at         TIMESTAMPTZ   NOT NULL,
    data                JSONB         NOT NULL,
    endpoint_id         BIGINT        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    status              VARCHAR(16)   NOT NULL
                        CHECK (status IN ('PENDING', 'RETRYING', 'SUCCEEDED', 'FAILED')),
    attempts            INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ,
    response_status     INTEGER,
    duration_ms         INTEGER,
    error               VARCHAR(500),
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at)
    WHERE status IN ('PENDING', 'RETRYING');
CREATE INDEX webhook_delivery_of_endpoint ON webhook_delivery (endpoint_id, id);

-- The failed attempts of a delivery (its last attempt, failed or not, is on the delivery itself).
CREATE TABLE webhook_attempt (
    delivery_id         BIGINT        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt             INTEGER       NOT NULL,
    outcome             VARCHAR(16)   NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED')),
    response_status     INTEGER,
    duration_ms         INTEGER       NOT NULL,
    error               VARCHAR(500),
    attempted_at        TIMESTAMPTZ   NOT NULL,
    next_attempt_at     TIMESTAMPTZ,
    PRIMARY KEY (delivery_id, attempt)
);

-- What a brand wants to hear: its default low-stock threshold (every eligible product), and
-- whether the allocations an assignment run writes send one event each (by default a run sends
-- its run event only).
ALTER TABLE catalog_brand
    ADD COLUMN low_stock_threshold INTEGER CHECK (low_stock_threshold >= 0),
    ADD COLUMN run_allocation_events BOOLEAN NOT NULL DEFAULT FALSE;

-- A product's low-stock threshold for a brand (over the brand's default).
CREATE TABLE catalog_stock_threshold (
    brand_code      VARCHAR(32)   NOT NULL REFERENCES catalog_brand (code) CHECK (brand_code <> 'house'),
    sku             VARCHAR(64)   NOT NULL REFERENCES catalog_product (sku),
    threshold       INTEGER       NOT NULL CHECK (threshold >= 0),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_code, sku)
);

-- Which (brand, product) pairs are below their threshold now: stock.low is sent when a pair
-- crosses from above to below, once per crossing.
CREATE TABLE inventory_stock_low (
    brand_code      VARCHAR(32)   NOT NULL,
    sku             VARCHAR(64)   NOT NULL,
    available       INTEGER       NOT NULL,
    threshold       INTEGER       NOT NULL,
    since           TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (brand_code, sku)
);

-- The near-expiry horizons a lot has been announced for (lot.near_expiry, once per horizon).
CREATE TABLE inventory_lot_expiry_notice (
    lot_id          BIGINT        NOT NULL REFERENCES inventory_lot (id),
    horizon_days    INTEGER       NOT NULL,
    noticed_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (lot_id, horizon_days)
);
