-- Assignment runs: jobs claimed through the database so that exactly one replica executes each.
-- A worker holds a run while lease_until is in the future and renews it; a run whose lease lapsed
-- (its worker died) is claimed again. Results are written in one transaction at the end, so a run
-- is never half-written.
CREATE TABLE assignment_run (
    id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_date   DATE         NOT NULL,
    brands          VARCHAR(32)[] NOT NULL,
    mode            VARCHAR(8)   NOT NULL CHECK (mode IN ('PLAN', 'COMMIT')),
    status          VARCHAR(16)  NOT NULL
                    CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    seed            BIGINT       NOT NULL,
    phase           VARCHAR(16),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    worker          VARCHAR(100),
    lease_until     TIMESTAMPTZ,
    metrics         JSONB,
    phase_seconds   JSONB,
    error           VARCHAR(500),
    requested_by    VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    CHECK (status <> 'RUNNING' OR (worker IS NOT NULL AND lease_until IS NOT NULL))
);

-- The queue: runs waiting or held, oldest first.
CREATE INDEX assignment_run_open ON assignment_run (created_at, id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX assignment_run_delivery ON assignment_run (delivery_date, id);

-- Every subscriber's box of a run, with each item's SKU, lot, points and reason (JSON).
CREATE TABLE assignment_box (
    run_id          BIGINT       NOT NULL REFERENCES assignment_run (id),
    subscriber_id   VARCHAR(64)  NOT NULL,
    brand_code      VARCHAR(32)  NOT NULL,
    short           BOOLEAN      NOT NULL,
    short_reason    VARCHAR(40),
    short_detail    VARCHAR(200),
    score           INTEGER      NOT NULL,
    bound           INTEGER      NOT NULL,
    items           JSONB        NOT NULL,
    PRIMARY KEY (run_id, subscriber_id)
);

CREATE INDEX assignment_box_short ON assignment_box (run_id, subscriber_id) WHERE short;

-- Units per product a run's boxes use, against the units the stock held for them.
CREATE TABLE assignment_demand (
    run_id          BIGINT       NOT NULL REFERENCES assignment_run (id),
    sku             VARCHAR(64)  NOT NULL,
    units           INTEGER      NOT NULL,
    available       INTEGER      NOT NULL,
    PRIMARY KEY (run_id, sku)
);
