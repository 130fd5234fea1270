-- The units each product's boxes would take were every product the brand may use in stock (each
-- box's best choice on its own): the demand a run sets against the stock. Runs stored before this
-- column count none.
ALTER TABLE assignment_demand ADD COLUMN wanted INTEGER NOT NULL DEFAULT 0;
