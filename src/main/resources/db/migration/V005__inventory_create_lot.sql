-- One receipt of one product. Quantities and status are a projection of inventory_movement,
-- kept in the same transaction as each movement; the checks below are the last line against an
-- oversell: a lot can never have more reserved than on hand.
CREATE TABLE inventory_lot (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku             VARCHAR(64)  NOT NULL REFERENCES catalog_product (sku),
    lot_code        VARCHAR(64)  NOT NULL,
    owner           VARCHAR(32)  NOT NULL REFERENCES catalog_brand (code),
    best_before     DATE         NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL,
    location        VARCHAR(32)  NOT NULL,
    on_hand         INTEGER      NOT NULL CHECK (on_hand >= 0),
    reserved        INTEGER      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('AVAILABLE', 'ON_HOLD', 'EXPIRED', 'DEPLETED')),
    hold_reason     VARCHAR(200),
    hold_review_on  DATE,
    version         BIGINT       NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT inventory_lot_no_oversell CHECK (reserved <= on_hand),
    CONSTRAINT inventory_lot_code_unique UNIQUE (sku, owner, lot_code)
);

-- FEFO and availability reads touch only lots with something left: depleted history (most rows,
-- over time) stays out of this index.
CREATE INDEX inventory_lot_live_fefo ON inventory_lot (sku, best_before, received_at, id)
    INCLUDE (owner, on_hand, reserved, status) WHERE status <> 'DEPLETED';
CREATE INDEX inventory_lot_owner ON inventory_lot (owner, sku);
CREATE INDEX inventory_lot_expiring ON inventory_lot (best_before) WHERE status = 'AVAILABLE';
