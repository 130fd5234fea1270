-- What each subscriber has received: one row per product of each shipped box. Filled when an
-- allocation with a subscriber ships; the assignment engine's repeat window reads it.
CREATE TABLE subscriber_delivery (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscriber_id   VARCHAR(64) NOT NULL,
    brand_code      VARCHAR(32) NOT NULL,
    sku             VARCHAR(64) NOT NULL,
    delivery_date   DATE        NOT NULL,
    allocation_id   BIGINT,
    recorded_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (allocation_id, sku)
);

CREATE INDEX subscriber_delivery_subscriber ON subscriber_delivery (subscriber_id, delivery_date DESC, sku);
