-- A bulk shipment: many allocations shipped in batches of one transaction each. Its items say, per
-- allocation, PENDING (not yet tried), SHIPPED or REFUSED (with the reason). Any replica ships a
-- RUNNING shipment's pending items, claiming them with SKIP LOCKED: a replica dying mid-batch
-- leaves that batch pending for another, and every box is either shipped or not.
CREATE TABLE inventory_shipment (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    brand_scope     VARCHAR(32),
    run_id          BIGINT,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED')),
    total           INTEGER      NOT NULL,
    shipped         INTEGER      NOT NULL DEFAULT 0,
    refused         INTEGER      NOT NULL DEFAULT 0,
    requested_by    VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ
);

CREATE INDEX inventory_shipment_running ON inventory_shipment (id) WHERE status = 'RUNNING';

CREATE TABLE inventory_shipment_item (
    shipment_id     BIGINT       NOT NULL REFERENCES inventory_shipment (id),
    allocation_id   BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'SHIPPED', 'REFUSED')),
    reason          VARCHAR(40),
    PRIMARY KEY (shipment_id, allocation_id)
);

CREATE INDEX inventory_shipment_item_pending ON inventory_shipment_item (shipment_id, allocation_id)
    WHERE status = 'PENDING';
