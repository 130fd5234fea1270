-- Responses of POSTs sent with an Idempotency-Key, replayed when the same caller sends the same
-- key again. The row is written in the transaction of the operation itself, so a key is taken
-- exactly when its effect is committed; a second request with the key waits for the first.
CREATE TABLE shared_idempotency_key (
    caller          VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    operation       VARCHAR(120) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    location        VARCHAR(300),
    body            TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX shared_idempotency_key_created ON shared_idempotency_key (created_at);
