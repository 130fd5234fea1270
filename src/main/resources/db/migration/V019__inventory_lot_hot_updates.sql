-- Reserving units rewrites a lot row (reserved, version, updated_at) many times a second. V005's
-- FEFO index carried on_hand and reserved in its INCLUDE list, so every such update was a cold one:
-- a new entry in each of the lot's five indexes, and dead versions the FEFO reads had to step over
-- until a vacuum came. Without them no indexed column changes on a reservation, and PostgreSQL
-- updates the row in place on its page (a HOT update), pruning old versions as it goes; a fill
-- factor leaves room on each page for that.
DROP INDEX inventory_lot_live_fefo;
CREATE INDEX inventory_lot_live_fefo ON inventory_lot (sku, best_before, received_at, id)
    WHERE status <> 'DEPLETED';
ALTER TABLE inventory_lot SET (fillfactor = 80);
