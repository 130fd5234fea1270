-- A run's box items are stored as compact JSON arrays, one per unit:
-- [sku, lotId, bestBefore, score, reason, discovery, nearFloor], in plain json (kept as written,
-- never queried inside). A 100,000-box run writes half the bytes it wrote as jsonb objects, and
-- PostgreSQL no longer converts them to its binary form.
ALTER TABLE assignment_box ADD COLUMN item_rows JSON;

UPDATE assignment_box b SET item_rows = (
    SELECT coalesce(json_agg(json_build_array(i ->> 'sku', CAST(i ->> 'lotId' AS BIGINT),
               i ->> 'bestBefore', CAST(i ->> 'score' AS INTEGER), i ->> 'reason',
               CAST(i ->> 'discovery' AS BOOLEAN), CAST(i ->> 'nearFloor' AS BOOLEAN))
               ORDER BY n), '[]')
    FROM jsonb_array_elements(b.items) WITH ORDINALITY AS e(i, n));

ALTER TABLE assignment_box DROP COLUMN items;
ALTER TABLE assignment_box RENAME COLUMN item_rows TO items;
ALTER TABLE assignment_box ALTER COLUMN items SET NOT NULL;
