-- An allocation's lines and picks name their allocation, and a pick its lot. Foreign keys checked
-- that one row at a time: a 100,000-box COMMIT ran 1.35 million trigger queries, two thirds of its
-- save. The same rule is now checked once per statement, set-based, over the rows the statement
-- wrote. Allocations and lots are never deleted and never renumbered (refused below), so a parent
-- that exists once exists for good and the check needs no lock on it.
ALTER TABLE inventory_allocation_line DROP CONSTRAINT inventory_allocation_line_allocation_id_fkey;
ALTER TABLE inventory_allocation_pick DROP CONSTRAINT inventory_allocation_pick_allocation_id_fkey;
ALTER TABLE inventory_allocation_pick DROP CONSTRAINT inventory_allocation_pick_lot_id_fkey;

CREATE FUNCTION inventory_allocation_line_has_parent() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT allocation_id FROM written) w
               WHERE NOT EXISTS (SELECT 1 FROM inventory_allocation a WHERE a.id = w.allocation_id)) THEN
        RAISE EXCEPTION 'inventory_allocation_line names an allocation that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION inventory_allocation_pick_has_parents() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT allocation_id FROM written) w
               WHERE NOT EXISTS (SELECT 1 FROM inventory_allocation a WHERE a.id = w.allocation_id)) THEN
        RAISE EXCEPTION 'inventory_allocation_pick names an allocation that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT lot_id FROM written) w
               WHERE NOT EXISTS (SELECT 1 FROM inventory_lot l WHERE l.id = w.lot_id)) THEN
        RAISE EXCEPTION 'inventory_allocation_pick names a lot that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inventory_allocation_line_parent AFTER INSERT ON inventory_allocation_line
    REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION inventory_allocation_line_has_parent();
CREATE TRIGGER inventory_allocation_pick_parents AFTER INSERT ON inventory_allocation_pick
    REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION inventory_allocation_pick_has_parents();

-- What the per-statement check relies on: nothing moves a line or pick to another parent, and no
-- parent goes away (an allocation ends in a state, a lot in a status; both stay for the ledger).
CREATE FUNCTION rows_are_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% of % refused: allocations, lots, runs and what names them keep their rows and ids',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inventory_allocation_line_keeps_parent BEFORE UPDATE OF allocation_id
    ON inventory_allocation_line FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER inventory_allocation_pick_keeps_parents BEFORE UPDATE OF allocation_id, lot_id
    ON inventory_allocation_pick FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER inventory_allocation_kept BEFORE DELETE OR UPDATE OF id ON inventory_allocation
    FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER inventory_lot_kept BEFORE DELETE OR UPDATE OF id ON inventory_lot
    FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER inventory_allocation_not_truncated BEFORE TRUNCATE ON inventory_allocation
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER inventory_lot_not_truncated BEFORE TRUNCATE ON inventory_lot
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_kept();

-- A run's boxes name their run: 100,000 rows naming one parent, checked once per statement too.
-- Runs are never deleted nor renumbered (they end in a status and keep their boxes for reports).
ALTER TABLE assignment_box DROP CONSTRAINT assignment_box_run_id_fkey;

CREATE FUNCTION assignment_box_has_run() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT run_id FROM written) w
               WHERE NOT EXISTS (SELECT 1 FROM assignment_run r WHERE r.id = w.run_id)) THEN
        RAISE EXCEPTION 'assignment_box names a run that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assignment_box_run AFTER INSERT ON assignment_box
    REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION assignment_box_has_run();
CREATE TRIGGER assignment_box_keeps_run BEFORE UPDATE OF run_id ON assignment_box
    FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER assignment_run_kept BEFORE DELETE OR UPDATE OF id ON assignment_run
    FOR EACH ROW EXECUTE FUNCTION rows_are_kept();
CREATE TRIGGER assignment_run_not_truncated BEFORE TRUNCATE ON assignment_run
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_kept();
