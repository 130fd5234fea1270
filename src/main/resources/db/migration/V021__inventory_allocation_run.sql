-- The assignment run whose COMMIT wrote an allocation (NULL for allocations made through the
-- API). Pick lists, bulk shipping and a run's cancellation find a run's allocations by this
-- column rather than by their reference's prefix, which a client could also write.
ALTER TABLE inventory_allocation ADD COLUMN run_id BIGINT;

UPDATE inventory_allocation a
SET run_id = r.id
FROM assignment_run r
WHERE a.reference = 'run:' || r.id || '/' || a.subscriber_id
  AND r.mode = 'COMMIT'
  AND EXISTS (SELECT 1 FROM assignment_box b
              WHERE b.run_id = r.id AND b.subscriber_id = a.subscriber_id);

CREATE INDEX inventory_allocation_run ON inventory_allocation (run_id, id) WHERE run_id IS NOT NULL;
