-- Claims on stock for one delivery. HELD (soft, until hold_until) and ALLOCATED (firm) count
-- against availability; SHIPPED, RELEASED and EXPIRED have ended.
CREATE SEQUENCE inventory_allocation_seq INCREMENT BY 50;

CREATE TABLE inventory_allocation (
    id              BIGINT       PRIMARY KEY,
    brand_code      VARCHAR(32)  NOT NULL,
    reference       VARCHAR(100) NOT NULL,
    subscriber_id   VARCHAR(64),
    delivery_date   DATE         NOT NULL,
    state           VARCHAR(16)  NOT NULL CHECK (state IN ('HELD', 'ALLOCATED', 'SHIPPED', 'RELEASED', 'EXPIRED')),
    hold_until      TIMESTAMPTZ,
    allow_partial   BOOLEAN      NOT NULL,
    short           BOOLEAN      NOT NULL,
    end_reason      VARCHAR(32),
    created_by      VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CHECK (state <> 'HELD' OR hold_until IS NOT NULL)
);

-- One open claim per brand and reference (an order or box is allocated once at a time).
CREATE UNIQUE INDEX inventory_allocation_open_reference
    ON inventory_allocation (brand_code, reference) WHERE state IN ('HELD', 'ALLOCATED');
CREATE INDEX inventory_allocation_brand ON inventory_allocation (brand_code, id);
CREATE INDEX inventory_allocation_delivery ON inventory_allocation (delivery_date, id);
-- The sweeper, and availability reads that ignore holds past their time before it runs.
CREATE INDEX inventory_allocation_held_until ON inventory_allocation (hold_until) WHERE state = 'HELD';

CREATE TABLE inventory_allocation_line (
    allocation_id   BIGINT      NOT NULL REFERENCES inventory_allocation (id),
    sku             VARCHAR(64) NOT NULL,
    requested       INTEGER     NOT NULL CHECK (requested > 0),
    allocated       INTEGER     NOT NULL CHECK (allocated >= 0 AND allocated <= requested),
    PRIMARY KEY (allocation_id, sku)
);

-- Which lots serve each line, and how many units of each.
CREATE TABLE inventory_allocation_pick (
    allocation_id   BIGINT      NOT NULL REFERENCES inventory_allocation (id),
    sku             VARCHAR(64) NOT NULL,
    lot_id          BIGINT      NOT NULL REFERENCES inventory_lot (id),
    lot_code        VARCHAR(64) NOT NULL,
    best_before     DATE        NOT NULL,
    owner           VARCHAR(32) NOT NULL,
    quantity        INTEGER     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (allocation_id, lot_id)
);

CREATE INDEX inventory_allocation_pick_lot ON inventory_allocation_pick (lot_id);
