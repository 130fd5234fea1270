-- Benchmark data for allocations: 300 products all eligible for the standard box, 20 live lots
-- of each with plenty of units (so allocations succeed and measure the reservation path), a
-- partner with quotas on 50 products (so the quota terms are computed, not skipped).
INSERT INTO catalog_brand (code, name, kind) VALUES ('standard', 'Standard box', 'HOUSE_BOX'), ('kinoko', 'Kinoko', 'PARTNER');
INSERT INTO catalog_product (sku, name, category, ingredients, min_remaining_days, status)
SELECT 'B-' || lpad(i::text, 4, '0'), 'Bench snack ' || i, 'cat' || (i % 12), '{}', 14 + (i % 5) * 7, 'ACTIVE'
FROM generate_series(1, 300) i;
INSERT INTO catalog_eligibility (sku, brand_code) SELECT 'B-' || lpad(i::text, 4, '0'), 'standard' FROM generate_series(1, 300) i;
INSERT INTO catalog_eligibility (sku, brand_code) SELECT 'B-' || lpad(i::text, 4, '0'), 'kinoko' FROM generate_series(1, 50) i;
INSERT INTO catalog_quota (brand_code, sku, reserved_units, limit_units)
SELECT 'kinoko', 'B-' || lpad(i::text, 4, '0'), 100, 5000 FROM generate_series(1, 50) i;
INSERT INTO inventory_lot (sku, lot_code, owner, best_before, received_at, location, on_hand, reserved, status, updated_at)
SELECT 'B-' || lpad((n % 300 + 1)::text, 4, '0'), 'L' || n, 'house', current_date + 60 + (n % 120),
       now() - interval '1 day' * (n % 30), 'A-' || (n % 50), 100000, 0, 'AVAILABLE', now()
FROM generate_series(1, 6000) n;
INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta, reserved_delta, status_after, actor, occurred_at)
SELECT id, sku, owner, 'RECEIVE', on_hand, 0, 'AVAILABLE', 'bench', received_at FROM inventory_lot;
VACUUM ANALYZE;
