-- Benchmark data for assignment runs: 5 brands with recipes (a standard box of 8, an otsumami box
-- of 6, a granola box of 1 granola + 3 toppings, a yakigashi box, a partner box with a 60-day
-- floor), 300 products in 12 categories with 3 ample lots each, and groups of subscribers due on
-- their own delivery dates, each with ratings, NG SKUs, requests for some, and three past boxes of
-- history. psql variables: d1, d2, d3 (the delivery dates); optional: n1, n2, n3 (the groups'
-- sizes, 10k, 30k and 100k by default), d4 and n4 (a fourth group, none by default) and stock (a
-- multiplier of every lot's units, 1 by default).
\if :{?n1} \else \set n1 10000 \endif
\if :{?n2} \else \set n2 30000 \endif
\if :{?n3} \else \set n3 100000 \endif
\if :{?n4} \else \set n4 0 \endif
\if :{?d4} \else \set d4 :d3 \endif
\if :{?stock} \else \set stock 1 \endif
INSERT INTO catalog_brand (code, name, kind) VALUES
  ('standard', 'Standard box', 'HOUSE_BOX'), ('otsumami', 'Otsumami box', 'HOUSE_BOX'),
  ('granola', 'Granola box', 'HOUSE_BOX'), ('yakigashi', 'Yakigashi box', 'HOUSE_BOX'),
  ('kinoko', 'Kinoko', 'PARTNER');
UPDATE catalog_brand SET min_remaining_days = 60 WHERE code = 'kinoko';

CREATE TEMP TABLE bench_category (n int PRIMARY KEY, name text);
INSERT INTO bench_category VALUES (0, 'chocolate'), (1, 'nuts'), (2, 'dried-fruit'), (3, 'baked'),
  (4, 'savory'), (5, 'granola'), (6, 'topping'), (7, 'jerky'), (8, 'candy'), (9, 'rice-cracker'),
  (10, 'tea'), (11, 'seaweed');

INSERT INTO catalog_product (sku, name, category, ingredients, min_remaining_days, status)
SELECT 'R-' || lpad(i::text, 4, '0'), 'Bench snack ' || i, c.name,
       (CASE i % 4 WHEN 0 THEN '{wheat}' WHEN 1 THEN '{milk,egg}' WHEN 2 THEN '{peanut}' ELSE '{}' END)::text[],
       14 + (i % 3) * 8, 'ACTIVE'
FROM generate_series(1, 300) i JOIN bench_category c ON c.n = i % 12;

INSERT INTO catalog_eligibility (sku, brand_code)
SELECT p.sku, b.code FROM catalog_product p CROSS JOIN catalog_brand b
WHERE p.sku LIKE 'R-%' AND (
     (b.code = 'standard' AND p.category NOT IN ('granola', 'topping'))
  OR (b.code = 'otsumami' AND p.category IN ('savory', 'nuts', 'jerky', 'rice-cracker', 'seaweed'))
  OR (b.code = 'granola' AND p.category IN ('granola', 'topping'))
  OR (b.code = 'yakigashi' AND p.category IN ('baked', 'chocolate', 'candy'))
  OR (b.code = 'kinoko' AND right(p.sku, 1) IN ('0', '3', '6')));

INSERT INTO catalog_recipe (brand_code, size, max_per_category, discovery_slots, repeat_window_boxes,
                            repeat_window_days, min_remaining_days, updated_at) VALUES
  ('standard', 8, 2, 2, 3, NULL, NULL, now()), ('otsumami', 6, 2, 1, 2, NULL, NULL, now()),
  ('granola', 4, 1, 1, NULL, 28, NULL, now()), ('yakigashi', 6, 3, 2, 2, NULL, 35, now()),
  ('kinoko', 5, 2, 1, NULL, 60, NULL, now());
INSERT INTO catalog_recipe_category (brand_code, category, units) VALUES
  ('granola', 'granola', 1), ('granola', 'topping', 3);

-- Ample stock: 3 lots of every product, enough for every group at once (times :stock).
INSERT INTO inventory_lot (sku, lot_code, owner, best_before, received_at, location, on_hand, reserved, status, updated_at)
SELECT p.sku, 'L' || p.sku || '-' || k, 'house', current_date + 70 + 20 * k + ((row_number() over ()) % 30)::int,
       now() - interval '1 day' * k, 'A-' || k, CASE WHEN p.category IN ('granola', 'topping') THEN 20000 ELSE 6000 END * :stock,
       0, 'AVAILABLE', now()
FROM catalog_product p CROSS JOIN generate_series(1, 3) k WHERE p.sku LIKE 'R-%';
INSERT INTO inventory_movement (lot_id, sku, owner, type, on_hand_delta, reserved_delta, status_after, actor, occurred_at)
SELECT id, sku, owner, 'RECEIVE', on_hand, 0, 'AVAILABLE', 'bench', received_at FROM inventory_lot;

-- Subscribers: 55% standard, 15% otsumami, 10% each granola, yakigashi and the partner.
CREATE TEMP TABLE bench_subscriber AS
SELECT 's' || lpad(i::text, 7, '0') AS id,
       CASE WHEN i % 20 < 11 THEN 'standard' WHEN i % 20 < 14 THEN 'otsumami'
            WHEN i % 20 < 16 THEN 'granola' WHEN i % 20 < 18 THEN 'yakigashi' ELSE 'kinoko' END AS brand,
       CASE WHEN i <= :n1 THEN :'d1'::date WHEN i <= :n1 + :n2 THEN :'d2'::date
            WHEN i <= :n1 + :n2 + :n3 THEN :'d3'::date ELSE :'d4'::date END AS due,
       i
FROM generate_series(1, :n1 + :n2 + :n3 + :n4) i;

INSERT INTO subscriber_profile (id, brand_code, status, next_delivery_date, excluded_ingredients,
                                ng_skus, liked_categories, ratings, requests, created_at, updated_at)
SELECT s.id, s.brand, 'ACTIVE', s.due,
       CASE WHEN s.i % 7 = 0 THEN '{peanut}' ELSE '{}' END::text[],
       ARRAY['R-' || lpad((s.i * 31 % 300 + 1)::text, 4, '0'), 'R-' || lpad((s.i * 17 % 300 + 1)::text, 4, '0')],
       ARRAY[(SELECT name FROM bench_category WHERE n = s.i % 12)],
       (SELECT jsonb_object_agg('R-' || lpad(((s.i * 7 + k * k * 13) % 300 + 1)::text, 4, '0'),
                                (ARRAY['LOVE', 'LIKE', 'LIKE', 'OK', 'DISLIKE'])[1 + (s.i + k) % 5])
          FROM generate_series(1, 15) k),
       CASE WHEN s.i % 3 = 0 THEN ARRAY['R-' || lpad((s.i * 11 % 300 + 1)::text, 4, '0')] ELSE '{}' END::text[],
       now(), now()
FROM bench_subscriber s;

-- Three past boxes of 4 products each, 28 days apart.
INSERT INTO subscriber_delivery (subscriber_id, brand_code, sku, delivery_date, allocation_id, recorded_at)
SELECT s.id, s.brand, 'R-' || lpad(((s.i * 13 + b * 37 + k * 71) % 300 + 1)::text, 4, '0'),
       s.due - 28 * b, NULL, now()
FROM bench_subscriber s CROSS JOIN generate_series(1, 3) b CROSS JOIN generate_series(1, 4) k
ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
