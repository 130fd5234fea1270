-- Benchmark data for availability: 300 products, two brands, 1,000,000 lots (10% live, the rest
-- depleted history, as after years of receipts) and their ledger (about 1.9 million movements).
INSERT INTO catalog_brand (code, name, kind) VALUES ('standard', 'Standard box', 'HOUSE_BOX'), ('kinoko', 'Kinoko', 'PARTNER');

INSERT INTO catalog_product (sku, name, category, ingredients, min_remaining_days, status)
SELECT 'B-' || lpad(i::text, 4, '0'), 'Bench snack ' || i, 'cat' || (i % 12), '{}', 14 + (i % 5) * 7, 'ACTIVE'
FROM generate_series(1, 300) i;

-- The standard box may use 200 products (its whole catalogue fits one page), the partner 151.
INSERT INTO catalog_eligibility (sku, brand_code) SELECT 'B-' || lpad(i::text, 4, '0'), 'standard' FROM generate_series(1, 200) i;
INSERT INTO catalog_eligibility (sku, brand_code) SELECT 'B-' || lpad(i::text, 4, '0'), 'kinoko' FROM generate_series(150, 300) i;
INSERT INTO catalog_quota (brand_code, sku, reserved_units, limit_units)
SELECT 'kinoko', 'B-' || lpad(i::text, 4, '0'), 100, 2000 FROM generate_series(150, 200) i;

INSERT INTO inventory_lot (sku, lot_code, owner, best_before, received_at, location, on_hand, reserved, status, updated_at)
SELECT 'B-' || lpad((n % 300 + 1)::text, 4, '0'),
       'L' || n,
       CASE WHEN n % 300 + 1 >= 150 AND n % 20 = 0 THEN 'kinoko' ELSE 'house' END,
       CASE WHEN n % 10 = 0 THEN current_date + (n % 180) - 5 ELSE current_date - 30 - (n % 700) END,
       now() - interval '1 day' * (n % 700),
       'A-' || (n % 50),
       CASE WHEN n % 10 = 0 THEN 100 + n % 400 ELSE 0 END,
       0,
       CASE WHEN n % 10 = 0 THEN 'AVAILABLE' ELSE 'DEPLETED' END,
       now()
FROM generate_series(1, 1000000) n;

INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta, reserved_delta, status_after, actor, occurred_at)
SELECT id, sku, owner, 'RECEIVE', CASE WHEN status = 'DEPLETED' THEN 120 ELSE on_hand END, 0, 'AVAILABLE', 'bench', received_at
FROM inventory_lot;
INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta, reserved_delta, status_after, actor, occurred_at)
SELECT id, sku, owner, 'SHIP', -120, 0, 'DEPLETED', 'bench', received_at + interval '1 day'
FROM inventory_lot WHERE status = 'DEPLETED';

VACUUM ANALYZE;
