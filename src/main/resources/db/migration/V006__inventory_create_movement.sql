-- The stock ledger: append-only. Every change of a lot's quantities or status is one row.
CREATE TABLE inventory_movement (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lot_id          BIGINT       NOT NULL REFERENCES inventory_lot (id),
    sku             VARCHAR(64)  NOT NULL,
    owner           VARCHAR(32)  NOT NULL,
    type            VARCHAR(16)  NOT NULL CHECK (type IN ('RECEIVE', 'ADJUST', 'HOLD', 'UNHOLD', 'EXPIRE',
                                                          'RESERVE', 'UNRESERVE', 'SHIP', 'WRITE_OFF')),
    on_hand_delta   INTEGER      NOT NULL,
    reserved_delta  INTEGER      NOT NULL,
    status_after    VARCHAR(16)  NOT NULL,
    reason          VARCHAR(32),
    note            VARCHAR(500),
    reference       VARCHAR(100),
    actor           VARCHAR(64)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX inventory_movement_lot ON inventory_movement (lot_id, id);
CREATE INDEX inventory_movement_sku ON inventory_movement (sku, id);
CREATE INDEX inventory_movement_time ON inventory_movement (occurred_at, id);

-- The database itself refuses to rewrite history: corrections are new movements.
CREATE FUNCTION inventory_movement_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'inventory_movement is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inventory_movement_no_update_or_delete
    BEFORE UPDATE OR DELETE ON inventory_movement
    FOR EACH ROW EXECUTE FUNCTION inventory_movement_is_append_only();

CREATE TRIGGER inventory_movement_no_truncate
    BEFORE TRUNCATE ON inventory_movement
    FOR EACH STATEMENT EXECUTE FUNCTION inventory_movement_is_append_only();
