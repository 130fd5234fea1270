-- What a run keeps of its snapshot to explain its boxes later ("why not", DESIGN 5): the catalog
-- and brand setups it used, lots left out, and each brand's stock of each product at the start and
-- the end of the run. One document per run, tens of kilobytes whatever the number of boxes; runs
-- stored before this table cannot explain their boxes.
CREATE TABLE assignment_run_context (
    run_id  BIGINT PRIMARY KEY REFERENCES assignment_run (id),
    context JSON   NOT NULL
);
