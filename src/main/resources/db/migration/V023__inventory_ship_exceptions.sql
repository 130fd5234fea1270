-- A box that shipped without some of its units (damaged or missing at packing): which units of
-- which lot, and why. Those units left stock as ADJUST movements with the same reason.
ALTER TABLE inventory_allocation ADD COLUMN short_reason VARCHAR(32);

CREATE TABLE inventory_allocation_ship_exception (
    allocation_id   BIGINT      NOT NULL REFERENCES inventory_allocation (id),
    sku             VARCHAR(64) NOT NULL,
    lot_id          BIGINT      NOT NULL REFERENCES inventory_lot (id),
    reason          VARCHAR(16) NOT NULL CHECK (reason IN ('DAMAGED', 'MISSING')),
    quantity        INTEGER     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (allocation_id, lot_id, reason)
);
