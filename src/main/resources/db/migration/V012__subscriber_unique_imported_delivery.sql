-- Imported history (bootstrap, POST /v1/subscribers/deliveries) has no allocation: the same row
-- imported twice must not count twice. Shipped boxes stay unique per allocation and SKU.
CREATE UNIQUE INDEX subscriber_delivery_imported
    ON subscriber_delivery (subscriber_id, sku, delivery_date) WHERE allocation_id IS NULL;
