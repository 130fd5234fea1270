-- At most one COMMIT per brand and delivery date: a COMMIT run claims its (brand, date) pairs when
-- it is queued; the primary key refuses a second one. A failed or cancelled run gives its claims
-- back; a succeeded one keeps them (its allocations exist) until it is cancelled.
CREATE TABLE assignment_commit_claim (
    brand_code      VARCHAR(32)  NOT NULL,
    delivery_date   DATE         NOT NULL,
    run_id          BIGINT       NOT NULL REFERENCES assignment_run (id),
    PRIMARY KEY (brand_code, delivery_date)
);

CREATE INDEX assignment_commit_claim_run ON assignment_commit_claim (run_id);
