-- Units of house (shared) stock each brand holds reserved per product, kept in the transaction of
-- each reservation and release. Availability reads it for the quota terms of DESIGN 3: what is
-- left of a brand's ring-fence, and how far a brand is from its limit.
CREATE TABLE inventory_house_claim (
    brand_code  VARCHAR(32) NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    units       INTEGER     NOT NULL CHECK (units >= 0),
    PRIMARY KEY (brand_code, sku)
);

CREATE INDEX inventory_house_claim_sku ON inventory_house_claim (sku);
